<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="95" />
            <source>管理员账户</source>
            <translation>Administrator account</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="96" />
            <source>创建第一个管理员账户，用它登录后再为队员创建账户。</source>
            <translation>Create the first administrator account; log in with it to create accounts for the squad members.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="97" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="98" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="99" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="100" />
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="103" />
            <source>密码至少 8 位，须同时包含字母和数字。</source>
            <translation>At least 8 characters, with both letters and digits.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="111" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>AppWindow</name>
        <message>
            <location filename="../../ui/app_window.py" line="65" />
            <source>乡镇综合执法队工作台</source>
            <translation>Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="80" />
            <source>正在打开数据库…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="144" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="145" />
            <source>备份(&amp;B)</source>
            <translation>&amp;Back up</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="149" />
            <source>修改密码(&amp;P)…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="154" />
            <source>退出(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="158" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="159" />
            <source>关于(&amp;A)</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="129" />
            <source>用户：{name}（{roles}）</source>
            <translation>User: {name} ({roles})</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="133" />
            <source>数据库：{path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="227" />
            <source>{squad} - 乡镇综合执法队工作台</source>
            <translation>{squad} - Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="244" />
            <source>密码已修改。</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="254" />
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="256" />
            <source>&lt;b&gt;乡镇综合执法队工作台&lt;/b&gt; {version}&lt;br&gt;人员与证件、账户、审计记录与数据备份。&lt;br&gt;数据保存在本机：{path}</source>
            <translation>&lt;b&gt;Township Enforcement Squad Desk&lt;/b&gt; {version}&lt;br&gt;Staff and certificates, accounts, audit log and backups.&lt;br&gt;Data is stored on this computer: {path}</translation>
        </message>
    </context>
    <context>
        <name>AuditEntryDialog</name>
        <message>
            <location filename="../../ui/pages/audit.py" line="337" />
            <source>审计记录 第 {seq} 条</source>
            <translation>Audit record no. {seq}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="339" />
            <source>时间：{at}
用户：{user}
操作：{action}（{code}）
对象：{obj}</source>
            <translation>Time: {at}
User: {user}
Action: {action} ({code})
Object: {obj}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="353" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/pages/audit.py" line="283" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="284" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="285" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="286" />
            <source>对象</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="287" />
            <source>详情</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../ui/pages/audit.py" line="69" />
            <source>初始化乡镇</source>
            <translation>Township initialised</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="70" />
            <source>修改乡镇信息</source>
            <translation>Township details changed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="71" />
            <source>登录</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="72" />
            <source>登录失败</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="73" />
            <source>拒绝登录（账户停用）</source>
            <translation>Login refused (account disabled)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="74" />
            <source>新建用户</source>
            <translation>User created</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="75" />
            <source>修改用户</source>
            <translation>User changed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="76" />
            <source>重置密码</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="77" />
            <source>修改本人密码</source>
            <translation>Own password changed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="78" />
            <source>启用用户</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="79" />
            <source>停用用户</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="80" />
            <source>新增人员</source>
            <translation>Staff member added</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="81" />
            <source>修改人员信息</source>
            <translation>Staff member changed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="82" />
            <source>启用人员</source>
            <translation>Staff member re-activated</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="83" />
            <source>停用人员</source>
            <translation>Staff member deactivated</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="84" />
            <source>执法证发证</source>
            <translation>Certificate issued</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="85" />
            <source>执法证换证/延期</source>
            <translation>Certificate renewed/extended</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="86" />
            <source>执法证黄牌警告</source>
            <translation>Certificate: yellow card warning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="87" />
            <source>执法证橙牌暂扣</source>
            <translation>Certificate: orange card suspension</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="88" />
            <source>执法证红牌注销</source>
            <translation>Certificate: red card cancellation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="89" />
            <source>解除警告/暂扣</source>
            <translation>Warning/suspension lifted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="91" />
            <source>乡镇设置</source>
            <translation>Township settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="92" />
            <source>用户与登录</source>
            <translation>Users and logins</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="93" />
            <location filename="../../ui/pages/audit.py" line="102" />
            <source>人员</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="94" />
            <source>执法证</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="95" />
            <source>备份与恢复</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="96" />
            <source>系统设置</source>
            <translation>System settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="100" />
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="101" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="106" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="107" />
            <location filename="../../ui/pages/audit.py" line="108" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="109" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="110" />
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="111" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="112" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="113" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="114" />
            <source>登录账户</source>
            <translation>Login account</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="115" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="116" />
            <source>发证机关</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="117" />
            <location filename="../../ui/pages/audit.py" line="119" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="118" />
            <location filename="../../ui/pages/audit.py" line="120" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="121" />
            <source>原有效期</source>
            <translation>Previous expiry</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="122" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="123" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="124" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="125" />
            <source>原状态</source>
            <translation>Previous status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="126" />
            <source>新状态</source>
            <translation>New status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="127" />
            <source>连续失败次数</source>
            <translation>Failures in a row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="128" />
            <source>锁定至</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="132" />
            <source>序号不连续，有记录被删除</source>
            <translation>Sequence numbers have a gap: records were deleted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="133" />
            <source>与上一条记录的链接断开</source>
            <translation>The link to the previous record is broken</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="134" />
            <source>记录无法读取</source>
            <translation>The record cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="135" />
            <source>内容与校验值不符，已被修改</source>
            <translation>The content does not match its hash: it was modified</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="373" />
            <source>搜索内容、操作或用户</source>
            <translation>Search content, action or user</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="377" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="411" />
            <source>更多(&amp;M)</source>
            <translation>&amp;More</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="413" />
            <source>校验审计链(&amp;V)</source>
            <translation>&amp;Verify audit chain</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="446" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="451" />
            <source>当前用户无权查看审计日志。</source>
            <translation>The current user may not view the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="462" />
            <source>全部操作</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="464" />
            <source>全部用户</source>
            <translation>All users</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="511" />
            <source>已显示 {shown} / 共 {total} 条</source>
            <translation>Showing {shown} of {total}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="532" />
            <source>正在校验……</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="544" />
            <source>审计链完整：共 {n} 条记录</source>
            <translation>Audit chain intact: {n} records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="548" />
            <source>审计链第 {seq} 条记录被篡改或损坏：{reason}</source>
            <translation>Audit record no. {seq} was tampered with or damaged: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="559" />
            <source>校验未能完成：{error}</source>
            <translation>Verification could not finish: {error}</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <location filename="../../ui/pages/backups.py" line="53" />
            <source>数据库每天首次启动时自动备份一次，最多保留 14 份。备份保存在：</source>
            <translation>The database is backed up automatically at the first start of each day; the newest 14 backups are kept. Backups are stored in:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="61" />
            <source>备份时间</source>
            <translation>Taken at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="61" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="61" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="74" />
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="76" />
            <source>从备份恢复…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="99" />
            <source>数据备份</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="104" />
            <source>每日自动备份</source>
            <translation>Daily automatic backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="105" />
            <source>手动备份</source>
            <translation>Manual backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="106" />
            <source>升级前自动备份</source>
            <translation>Automatic backup before upgrade</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="156" />
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="165" />
            <source>备份完成：{name}</source>
            <translation>Backup done: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="183" />
            <source>后台任务尚未完成，请稍后再试。</source>
            <translation>A background task is still running; please try again shortly.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="188" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="190" />
            <source>确定用 {time} 的备份替换当前数据库吗？

该备份之后录入的数据将不再显示。当前数据库文件会被改名保留，不会删除。恢复后程序将重新打开数据库，需要重新登录。</source>
            <translation>Replace the current database with the backup of {time}?

Anything entered after that backup will no longer be shown. The current database file is renamed and kept, not deleted. The program then reopens the database and you need to log in again.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="194" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="206" />
            <source>已从 {time} 的备份恢复。原数据库文件保留为：{aside}</source>
            <translation>Restored from the backup of {time}. The previous database file was kept as: {aside}</translation>
        </message>
    </context>
    <context>
        <name>CertificateActionDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="336" />
            <source>证件操作：{name}</source>
            <translation>Certificate action: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="347" />
            <source>未发证</source>
            <translation>No certificate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="350" />
            <source>{number}　当前状态：{status}</source>
            <translation>{number}  Current status: {status}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="351" />
            <source>（无证号）</source>
            <translation>(no number)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="359" />
            <source>必填，例如考核结果、文件依据</source>
            <translation>Required, e.g. assessment result or document reference</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="370" />
            <source>执法证</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="371" />
            <source>操作(&amp;A)</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="372" />
            <source>操作后状态</source>
            <translation>Status afterwards</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="373" />
            <source>原因(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="374" />
            <source>生效日期</source>
            <translation>Effective date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="375" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="376" />
            <source>发证机关</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="377" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="378" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="407" />
            <source>没有可执行的操作</source>
            <translation>No action is possible</translation>
        </message>
    </context>
    <context>
        <name>CertificateHistoryDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="472" />
            <source>证件记录：{name}</source>
            <translation>Certificate history: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="477" />
            <source>生效日期</source>
            <translation>Effective date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="478" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="479" />
            <source>状态变化</source>
            <translation>Status change</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="480" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="481" />
            <source>操作人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="499" />
            <source>尚无证件操作记录。</source>
            <translation>No certificate actions recorded yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="502" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/dialogs/login.py" line="124" />
            <location filename="../../ui/dialogs/login.py" line="149" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="128" />
            <source>管理员为您设置了初始密码，请先修改为只有您自己知道的新密码。</source>
            <translation>An administrator set your initial password. Please change it to a new password only you know.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="141" />
            <source>原密码</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="142" />
            <source>新密码</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="144" />
            <source>再次输入新密码</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="152" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="162" />
            <source>两次输入的新密码不一致。</source>
            <translation>The two new passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../ui/errors.py" line="56" />
            <source>程序出错</source>
            <translation>Program error</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="60" />
            <source>详细信息已写入日志文件：
{path}
请将此文件发给技术支持人员。</source>
            <translation>Details were written to the log file:
{path}
Please send this file to technical support.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="65" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="97" />
            <source>程序遇到意外错误，当前操作未完成。已保存的数据不受影响。</source>
            <translation>An unexpected error occurred and the current action was not completed. Saved data is not affected.</translation>
        </message>
    </context>
    <context>
        <name>CreateUserDialog</name>
        <message>
            <location filename="../../ui/pages/users.py" line="161" />
            <source>新建用户</source>
            <translation>User created</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="165" />
            <source>登录用的名称，字母或数字</source>
            <translation>Name used to log in, letters or digits</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="170" />
            <source>用户名(&amp;U)</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="171" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="172" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="173" />
            <source>初始密码(&amp;P)</source>
            <translation>Initial &amp;password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="174" />
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="175" />
            <source>用户首次登录时须修改密码。</source>
            <translation>The user must change the password at first login.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="188" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>DamagedStoreDialog</name>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="21" />
            <source>数据库文件已损坏</source>
            <translation>Database file damaged</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="23" />
            <source>数据库文件已损坏，无法打开：
{path}</source>
            <translation>The database file is damaged and cannot be opened:
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="30" />
            <source>可以用最近一次校验完好的备份（{time}）恢复。恢复后，该备份之后录入的数据将不存在；损坏的文件会被改名保留在原文件夹中，不会删除。</source>
            <translation>It can be restored from the newest verified backup ({time}). Anything entered after that backup will be missing. The damaged file is renamed and kept in its folder; it is not deleted.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="37" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="42" />
            <source>没有找到可用的备份，程序将退出。请联系技术支持人员，不要删除该文件。</source>
            <translation>No usable backup was found, so the program will quit. Please contact technical support and do not delete the file.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="48" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="60" />
            <source>数据库恢复</source>
            <translation>Database restore</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/damaged.py" line="63" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <location filename="../../ui/_domain_strings.py" line="7" />
            <source>当前用户（{roles}）无权执行此操作。</source>
            <translation>The current user ({roles}) may not do this.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="8" />
            <source>找不到文书字体文件 {path}。没有内嵌中文字体就无法生成执法文书，请重新安装 SquadDesk 或联系管理员恢复该文件。</source>
            <translation>The document font file {path} is missing. Enforcement documents cannot be produced without an embedded Chinese font; reinstall SquadDesk or ask an administrator to restore the file.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="12" />
            <source>文书字体文件 {path} 无法读取（{detail}）。请重新安装 SquadDesk 或联系管理员。</source>
            <translation>The document font file {path} cannot be read ({detail}). Reinstall SquadDesk or contact an administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="16" />
            <source>本机没有可用的安全凭据存储（当前后端：{backend}）。一案一码签名密钥和电子印章加密密钥只能保存在操作系统的凭据管理器中（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service），不会以明文保存。在此之前无法签发带二维码的文书、加盖电子印章或导入印章，文书只能以草稿形式打印。请在已登录桌面会话、具备安全凭据存储的电脑上使用这些功能。</source>
            <translation>This computer has no usable secure credential store (current backend: {backend}). The QR signing key and the seal encryption key are kept only in the operating system's credential manager (Windows Credential Manager, macOS Keychain or the Linux Secret Service), never in plain text. Until one is available, documents with QR codes cannot be issued, seals cannot be applied or imported, and documents can only be printed as drafts. Use these features on a computer with a logged-in desktop session and a secure credential store.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="20" />
            <source>本乡镇尚未生成一案一码签名密钥，请由管理员在“设置”中生成。</source>
            <translation>This township has no QR signing key yet; an administrator can create one in “Settings”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="21" />
            <source>无法从系统凭据存储读取文书密钥（{detail}）。</source>
            <translation>Cannot read the document key from the system credential store ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="22" />
            <source>无法把文书密钥保存到系统凭据存储（{detail}）。</source>
            <translation>Cannot save the document key to the system credential store ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="23" />
            <source>系统凭据存储中的一案一码签名密钥已损坏，请由管理员重新生成。</source>
            <translation>The QR signing key in the system credential store is damaged; an administrator must create a new one.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="26" />
            <source>本乡镇已有一案一码签名密钥，不能重复生成。</source>
            <translation>This township already has a QR signing key; it cannot be created twice.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="27" />
            <source>本机的系统凭据存储中没有印章加密密钥，印章无法解密。请由管理员重新导入印章。</source>
            <translation>The seal encryption key is not in this computer's credential store, so the seal cannot be decrypted. An administrator must import the seal again.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="31" />
            <source>系统凭据存储中的印章加密密钥已损坏，印章无法解密。</source>
            <translation>The seal encryption key in the credential store is damaged; the seal cannot be decrypted.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="50" />
            <source>密码至少需要 {n} 位。</source>
            <translation>The password must have at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="51" />
            <source>密码不能超过 {n} 位。</source>
            <translation>The password must not be longer than {n} characters.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="52" />
            <source>密码须同时包含字母和数字（或符号）。</source>
            <translation>The password must contain both letters and digits (or symbols).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="53" />
            <source>备份失败：{detail}</source>
            <translation>Backup failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="54" />
            <source>备份文件已损坏，不能用于恢复：{detail}</source>
            <translation>The backup file is damaged and cannot be used for a restore: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="40" />
            <source>请填写{label}。</source>
            <translation>Please fill in {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="42" />
            <source>{label}不能超过 {n} 个字。</source>
            <translation>{label} must not be longer than {n} characters.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="163" />
            <source>用户名须为 2–32 位英文字母、数字或 . _ -。</source>
            <translation>The username must be 2–32 characters: English letters, digits or . _ -.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="164" />
            <source>本数据库已完成初始化设置。</source>
            <translation>This database has already been set up.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="165" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="75" />
            <source>电话号码只能包含数字、空格和 - +。</source>
            <translation>A phone number may contain only digits, spaces and - +.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="166" />
            <source>辅助执法人员不持有行政执法证，请清空执法证号。</source>
            <translation>Auxiliaries hold no enforcement certificate; clear the certificate number.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="167" />
            <source>有效期截止日期早于发证日期。</source>
            <translation>The expiry date is before the issue date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="168" />
            <source>请填写执法证有效期截止日期。</source>
            <translation>Please fill in the certificate's expiry date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="169" />
            <source>找不到关联的用户账户。</source>
            <translation>The linked user account was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="170" />
            <source>该用户账户已关联到其他人员。</source>
            <translation>This user account is already linked to another person.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="120" />
            <source>找不到该人员。</source>
            <translation>This staff member was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="32" />
            <source>印章文件不是有效的 PNG 图片（{detail}）。</source>
            <translation>The seal file is not a valid PNG image ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="33" />
            <source>请选择印章图片文件。</source>
            <translation>Please choose the seal image file.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="34" />
            <source>印章图片不能超过 {mb} MB。</source>
            <translation>The seal image must not be larger than {mb} MB.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="35" />
            <source>印章图片必须是带透明背景（Alpha 通道）的 PNG，否则会遮住日期和文字。请用图片软件去除白色背景后另存为 PNG。</source>
            <translation>The seal image must be a PNG with a transparent background (alpha channel), otherwise it covers the date and text. Remove the white background in an image editor and save it as PNG.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="39" />
            <source>印章图片尺寸应在 {lo}–{hi} 像素之间（当前 {w}×{h}）。</source>
            <translation>The seal image must be {lo}–{hi} pixels (currently {w}×{h}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="41" />
            <source>印章所属单位</source>
            <translation>Seal owner</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="43" />
            <source>印章数据校验失败，可能已被改动。</source>
            <translation>The seal data failed its check; it may have been altered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="44" />
            <source>印章所属类型无效。</source>
            <translation>Invalid seal owner type.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="45" />
            <source>尚未完成初始设置，无法导入印章。</source>
            <translation>Setup is not finished; a seal cannot be imported yet.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="46" />
            <source>找不到该印章。</source>
            <translation>This seal was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="47" />
            <source>印章无法解密：本机凭据存储中的印章密钥与该印章不匹配，或印章数据已被改动。</source>
            <translation>The seal cannot be decrypted: the seal key in this computer's credential store does not match it, or the seal data was altered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="55" />
            <source>找不到文件：{name}</source>
            <translation>File not found: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="56" />
            <source>找不到该案件。</source>
            <translation>This case was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="57" />
            <source>该文件已作为本案证据登记（sha256 {sha}）。</source>
            <translation>This file is already recorded as evidence in this case (sha256 {sha}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="58" />
            <source>找不到该证据。</source>
            <translation>This evidence was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="59" />
            <source>找不到该移送记录。</source>
            <translation>This transfer record was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="60" />
            <source>接收单位</source>
            <translation>Receiving body</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="61" />
            <source>移送理由</source>
            <translation>Reason for transfer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="62" />
            <source>移送函文号</source>
            <translation>Transfer letter no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="63" />
            <source>行动名称</source>
            <translation>Operation name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="64" />
            <source>参加部门</source>
            <translation>Participating departments</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="65" />
            <source>案件当前状态不能移送。</source>
            <translation>The case cannot be transferred in its current state.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="66" />
            <source>该移送已发出。</source>
            <translation>This transfer has already been sent.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="67" />
            <source>移送函尚未发出。</source>
            <translation>The transfer letter has not been sent yet.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="68" />
            <source>已登记回执。</source>
            <translation>The receipt is already recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="69" />
            <source>行动方案</source>
            <translation>Operation plan</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="70" />
            <source>专项联合执法须提前 {n} 日申请，最早可安排在 {day}。</source>
            <translation>A special joint operation must be requested {n} days ahead; the earliest date is {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="71" />
            <source>找不到该联合执法行动。</source>
            <translation>This joint operation was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="72" />
            <source>{d}未参加该联合执法行动。</source>
            <translation>{d} did not take part in this joint operation.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="73" />
            <source>金额须大于零。</source>
            <translation>The amount must be greater than zero.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="74" />
            <source>当事人名称</source>
            <translation>Party name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="77" />
            <source>执法事项</source>
            <translation>Enforcement item</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="78" />
            <source>当事人</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="79" />
            <source>违法时间缺少时区。</source>
            <translation>The time of the violation has no time zone.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="80" />
            <source>发现日期须在违法时间之后、今天之前。</source>
            <translation>The discovery date must be after the violation and not after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="81" />
            <source>罚款金额不能为负数。</source>
            <translation>The fine cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="82" />
            <source>请填写罚款金额，或选择警告。</source>
            <translation>Please enter the fine, or choose a warning.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="83" />
            <source>执法人员</source>
            <translation>Enforcement officers</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="84" />
            <source>承办人</source>
            <translation>Case handler</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="85" />
            <source>只有本案承办人可以执行此操作。</source>
            <translation>Only this case's handler may do this.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="86" />
            <source>延期天数须在 1–365 天之间。</source>
            <translation>An extension must be 1–365 days.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="87" />
            <source>当前用户无权执行此操作。</source>
            <translation>The current user may not do this.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="88" />
            <source>案件移送请使用“移送”功能（需填写移送函信息）。</source>
            <translation>Use “Transfer” to transfer a case (the transfer letter must be filled in).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="90" />
            <source>当场处罚须由在场的持证执法人员本人登记。</source>
            <translation>An on-the-spot penalty must be recorded by a certified officer who was present.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="91" />
            <source>案件已进入审核或决定阶段，不能更换承办人。</source>
            <translation>The case is in review or decision; the handler cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="92" />
            <source>案件已送审，不能更换法制审核人员。</source>
            <translation>The case has been sent for review; the legal reviewer cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="93" />
            <source>案件不在调查取证阶段。</source>
            <translation>The case is not under investigation.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="94" />
            <source>只有本案指定的法制审核人员可以出具审核意见。</source>
            <translation>Only the legal reviewer assigned to this case may give the review opinion.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="95" />
            <source>案件不在法制审核阶段。</source>
            <translation>The case is not in legal review.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="96" />
            <source>案件不在听证阶段。</source>
            <translation>The case is not at the hearing stage.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="97" />
            <source>只有已立案、尚未决定的案件才有办案期限。</source>
            <translation>Only filed cases without a decision have a handling deadline.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="98" />
            <source>没有正在进行的该类中止。</source>
            <translation>There is no running suspension of this kind.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="99" />
            <source>当前用户未关联执法人员档案。</source>
            <translation>The current user is not linked to a staff record.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="100" />
            <source>只有已立案、尚未决定的案件才能延期。</source>
            <translation>Only filed cases without a decision can be extended.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="101" />
            <source>本案当前没有待缴罚款。</source>
            <translation>This case has no fine outstanding.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="102" />
            <source>当前用户（{roles}）无权{what}，需要：{need}。</source>
            <translation>The current user ({roles}) may not {what}; this needs: {need}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="103" />
            <source>尚未完成初始设置（文号前缀），无法签发文书。</source>
            <translation>Setup (document number prefix) is not finished; documents cannot be issued.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="104" />
            <source>文书生成失败：输出不是 PDF。</source>
            <translation>Document generation failed: the output is not a PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="105" />
            <source>文书生成失败：缺少内容摘要。</source>
            <translation>Document generation failed: the content digest is missing.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="106" />
            <source>年份无效：{year}。</source>
            <translation>Invalid year: {year}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="107" />
            <source>找不到该文书。</source>
            <translation>This document was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="108" />
            <source>作废原因</source>
            <translation>Reason for voiding</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="109" />
            <source>重新签发原因</source>
            <translation>Reason for reissuing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="110" />
            <source>尚未完成初始设置，无法生成签名密钥。</source>
            <translation>Setup is not finished; no signing key can be created.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="111" />
            <source>尚未完成初始设置。</source>
            <translation>Setup is not finished.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="112" />
            <source>未知的文书类型：{t}。</source>
            <translation>Unknown document type: {t}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="113" />
            <source>文书 {number} 已作废。</source>
            <translation>Document {number} has been voided.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="114" />
            <source>文书 {number} 已作废，不能重新签发。</source>
            <translation>Document {number} has been voided and cannot be reissued.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="115" />
            <source>文书 {number} 已有更新的版本。</source>
            <translation>Document {number} already has a newer version.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="116" />
            <source>未知的装备类别：{category}。</source>
            <translation>Unknown equipment category: {category}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="117" />
            <source>单价不能为负数。</source>
            <translation>The unit price cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="118" />
            <source>非消耗品数量应为 1；消耗品数量不能为负数。</source>
            <translation>A non-consumable item has quantity 1; a consumable's quantity cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="119" />
            <source>找不到该装备。</source>
            <translation>This item of equipment was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="121" />
            <source>{name}已停用，不能领用装备。</source>
            <translation>{name} is deactivated and cannot check out equipment.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="122" />
            <source>乡镇简码应为 2–6 个大写字母（如孝顺镇为 XS）。</source>
            <translation>The township code must be 2–6 capital letters (e.g. XS for 孝顺镇).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="123" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="124" />
            <source>请通过“领用”办理。</source>
            <translation>Please use “Check out”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="125" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="126" />
            <source>归还日期不能早于今天。</source>
            <translation>The return date cannot be before today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="127" />
            <source>发放数量应大于 0。</source>
            <translation>The quantity handed out must be greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="128" />
            <source>周期应为 1–120 个月。</source>
            <translation>The interval must be 1–120 months.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="129" />
            <source>完成日期不能晚于今天。</source>
            <translation>The completion date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="130" />
            <source>费用不能为负数。</source>
            <translation>The cost cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="131" />
            <source>型号 {model} 的序列号 {serial} 已登记。</source>
            <translation>Serial number {serial} of model {model} is already registered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="132" />
            <source>不能在消耗品与非消耗品类别之间更改。</source>
            <translation>An item cannot move between consumable and non-consumable categories.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="133" />
            <source>该装备已领用，请通过“归还”办理。</source>
            <translation>This item is checked out; please use “Return”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="134" />
            <source>装备当前为“{current}”，不能改为“{to}”。</source>
            <translation>The item is “{current}” and cannot be changed to “{to}”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="135" />
            <source>消耗品请办理“发放”，不办理领用。</source>
            <translation>Consumables are handed out with “Hand out”, not checked out.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="136" />
            <source>同一件装备不能同时配发给两人。</source>
            <translation>One item of equipment cannot be issued to two people at once.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="137" />
            <source>{tag} 未被领用，无需归还。</source>
            <translation>{tag} is not checked out; nothing to return.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="138" />
            <source>{tag} 不是消耗品，请办理领用。</source>
            <translation>{tag} is not a consumable; please check it out.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="139" />
            <source>{tag} 库存 {have}，不足发放 {want}。</source>
            <translation>{tag}: only {have} in stock, not enough to hand out {want}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="140" />
            <source>有序列号与已登记的同型号装备重复，未登记任何装备。</source>
            <translation>A serial number duplicates a registered item of the same model; nothing was registered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="141" />
            <source>他人</source>
            <translation>someone else</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="142" />
            <source>找不到该保养计划。</source>
            <translation>This maintenance plan was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="143" />
            <source>无法读取文件 {name}：不是有效的 Excel 工作簿（.xlsx）。</source>
            <translation>Cannot read {name}: not a valid Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="144" />
            <source>导入未进行，台账未作任何更改：
{details}</source>
            <translation>Nothing was imported and the register is unchanged:
{details}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="145" />
            <source>找不到该罚没物品。</source>
            <translation>This seized item was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="146" />
            <source>数量应大于 0。</source>
            <translation>The quantity must be greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="147" />
            <source>扣押日期不能晚于今天。</source>
            <translation>The seizure date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="148" />
            <source>处置日期不能晚于今天。</source>
            <translation>The disposal date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="149" />
            <source>该物品当前为“{status}”，不能出库。</source>
            <translation>The item is “{status}” and cannot be taken out of storage.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="150" />
            <source>该物品未出库，无需归库。</source>
            <translation>The item is not out of storage; nothing to return.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="151" />
            <source>该物品当前为“{status}”，不能处置。</source>
            <translation>The item is “{status}” and cannot be disposed of.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="152" />
            <source>处置日期早于扣押日期。</source>
            <translation>The disposal date is before the seizure date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="153" />
            <source>找不到该盘点。</source>
            <translation>This stocktake was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="154" />
            <source>该盘点已结束，不能再修改。</source>
            <translation>This stocktake is finished and cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="155" />
            <source>请扫描或输入{label}。</source>
            <translation>Please scan or enter {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="156" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="157" />
            <source>盘点“{title}”尚未结束，请先结束它。</source>
            <translation>The stocktake “{title}” is not finished; finish it first.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="158" />
            <source>参考数据（{kind}）格式不正确：{detail}</source>
            <translation>Reference data ({kind}) is malformed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="159" />
            <source>未知的参考数据类型：{kind}</source>
            <translation>Unknown kind of reference data: {kind}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="160" />
            <source>参考数据（{kind}）版本 {version} 不比已载入的 {loaded} 新，未更新。</source>
            <translation>Reference data ({kind}) version {version} is not newer than the loaded {loaded}; not updated.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="171" />
            <source>辅助执法人员不持有行政执法证。</source>
            <translation>Auxiliaries hold no enforcement certificate.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="172" />
            <source>该人员尚未登记执法证，请先发证。</source>
            <translation>This person has no certificate on record; issue one first.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="173" />
            <source>执法证当前为“{status}”，不能执行“{action}”。</source>
            <translation>The certificate is “{status}”; “{action}” is not possible.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="174" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="175" />
            <source>新的有效期须晚于原有效期。</source>
            <translation>The new expiry date must be later than the old one.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="176" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="177" />
            <source>结束日期早于开始日期。</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="178" />
            <source>培训时长须为大于 0 的整数分钟。</source>
            <translation>The training duration must be a whole number of minutes greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="179" />
            <source>请填写学时，或填写培训时长（分钟，45 分钟折 1 学时）。</source>
            <translation>Please fill in the credit hours, or the duration in minutes (45 minutes = 1 hour).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="180" />
            <source>找不到该培训记录。</source>
            <translation>This training record was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="181" />
            <source>参训人员中有 {n} 人在人员名册中找不到。</source>
            <translation>{n} of the participants are not in the staff register.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="182" />
            <source>请只填写学时或时长中的一项。</source>
            <translation>Fill in either credit hours or duration, not both.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="183" />
            <source>截止日期</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="184" />
            <source>考核年度须在 2000 至 {this_year} 年之间。</source>
            <translation>The assessment year must be between 2000 and {this_year}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="76" />
            <source>请选择{label}。</source>
            <translation>Please choose {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="89" />
            <source>执法事项目录中没有“{item}”。</source>
            <translation>The enforcement catalog has no item “{item}”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="185" />
            <source>天数 {days} 超过起止日期之间的 {span} 天。</source>
            <translation>{days} days is more than the {span} days between the start and end dates.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="186" />
            <source>学时须为大于 0、不超过 {max} 的数字，最多一位小数。</source>
            <translation>Credit hours must be a number greater than 0 and at most {max}, with at most one decimal place.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="187" />
            <source>该培训未登记学时或时长，请先编辑培训填写学时。</source>
            <translation>This training has no credit hours or duration; edit the training to fill them in.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="188" />
            <source>该人员未登记参加此培训。</source>
            <translation>This person is not registered for this training.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="189" />
            <source>天数须为不小于 0 的数字，最多一位小数。</source>
            <translation>The number of days must be 0 or more, with at most one decimal place.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="190" />
            <source>该培训未登记学时或时长，请填写该人员的学时。</source>
            <translation>This training has no credit hours or duration; fill in this person's hours.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="191" />
            <source>预览之后人员或培训记录已有变动，请重新预览后再导入；未导入任何数据。</source>
            <translation>Staff or training records changed after the preview; preview again before importing. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="194" />
            <source>文件“{name}”前 {rows} 行中找不到表头：缺少“{missing}”列。</source>
            <translation>No header row in the first {rows} rows of “{name}”: column “{missing}” is missing.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="195" />
            <source>文件中没有可导入的记录，未导入任何数据。</source>
            <translation>The file has no records to import; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="196" />
            <source>有 {bad} 行无法导入（见报告）。请确认后再导入其余 {good} 行；未导入任何数据。</source>
            <translation>{bad} rows cannot be imported (see the report). Confirm to import the other {good} rows; nothing was imported yet.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="200" />
            <source>无法读取文件“{name}”：不是有效的 xlsx 文件（{detail}）。</source>
            <translation>Cannot read “{name}”: not a valid xlsx file ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="201" />
            <source>无法打开文件“{name}”：{detail}</source>
            <translation>Cannot open “{name}”: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="202" />
            <source>文件超过 {n} 行，请分批导入。</source>
            <translation>The file has more than {n} rows; import it in parts.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="205" />
            <source>请至少选择一个角色。</source>
            <translation>Please choose at least one role.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="206" />
            <source>找不到该用户。</source>
            <translation>This user was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="207" />
            <source>未登录。</source>
            <translation>Not logged in.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="208" />
            <source>新密码不能与原密码相同。</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="209" />
            <source>该账户已停用，请联系管理员。</source>
            <translation>This account is disabled; please contact an administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="203" />
            <source>密码错误次数过多，账户已锁定，请 {minutes} 分钟后再试。</source>
            <translation>Too many wrong passwords: the account is locked. Try again in {minutes} minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="204" />
            <source>用户名或密码错误（再错 {left} 次将锁定账户）。</source>
            <translation>Wrong username or password ({left} more failures will lock the account).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="210" />
            <source>用户名“{name}”已被使用。</source>
            <translation>The username “{name}” is already taken.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="211" />
            <source>原密码不正确。</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="212" />
            <source>至少要保留一个启用的管理员账户。</source>
            <translation>At least one active administrator account must remain.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="213" />
            <source>不能停用当前登录的账户。</source>
            <translation>You cannot disable the account you are logged in with.</translation>
        </message>
    </context>
    <context>
        <name>EditUserDialog</name>
        <message>
            <location filename="../../ui/pages/users.py" line="206" />
            <source>修改用户 {name}</source>
            <translation>Edit user {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="214" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="215" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="216" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/_domain_strings.py" line="217" />
            <source>真实有效：二维码由发文乡镇签发，内容未被改动。</source>
            <translation>Genuine: the QR code was issued by the township and its content is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="218" />
            <source>验证失败：二维码内容与签名不符，可能被篡改或伪造。</source>
            <translation>Verification failed: the QR content does not match its signature; it may have been altered or forged.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="219" />
            <source>无法验证：没有该乡镇公布的公钥。</source>
            <translation>Cannot verify: the township's published public key is not available.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="220" />
            <source>不是有效的一案一码。</source>
            <translation>Not a valid case QR code.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="221" />
            <source>乡镇（街道）</source>
            <translation>Township (subdistrict)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="222" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="223" />
            <source>辅助执法人员不得从事执法行为</source>
            <translation>Auxiliaries may not carry out enforcement acts</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="224" />
            <source>人员已停用</source>
            <translation>Person deactivated</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="225" />
            <source>无执法证件</source>
            <translation>No enforcement certificate</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="226" />
            <source>执法证橙牌暂扣</source>
            <translation>Certificate: orange card suspension</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="227" />
            <source>执法证红牌注销</source>
            <translation>Certificate: red card cancellation</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="228" />
            <source>执法证尚未生效</source>
            <translation>Certificate not yet valid</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="229" />
            <source>执法证已过期或未登记有效期</source>
            <translation>Certificate expired or no expiry date recorded</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="230" />
            <source>轻微</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="231" />
            <source>一般</source>
            <translation>Ordinary</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="232" />
            <source>较重</source>
            <translation>Serious</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="233" />
            <source>严重</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="234" />
            <source>在库</source>
            <translation>In store</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="235" />
            <source>领用</source>
            <translation>Issued out</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="236" />
            <source>维修</source>
            <translation>Under repair</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="237" />
            <source>报废</source>
            <translation>Scrapped</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="238" />
            <source>遗失</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="239" />
            <source>年检</source>
            <translation>Annual inspection</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="240" />
            <source>保险</source>
            <translation>Insurance</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="241" />
            <source>电池更换</source>
            <translation>Battery replacement</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="242" />
            <source>保养检修</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="243" />
            <source>队长/分管领导</source>
            <translation>Squad leader</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="244" />
            <source>执法队员</source>
            <translation>Enforcement officer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="245" />
            <source>法制审核员</source>
            <translation>Legal reviewer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="246" />
            <source>辅助执法人员</source>
            <translation>Auxiliary</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="247" />
            <source>内勤</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="248" />
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="249" />
            <source>上级</source>
            <translation>Higher authority</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="250" />
            <source>县</source>
            <translation>County</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="251" />
            <source>本单位</source>
            <translation>Own unit</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="252" />
            <source>公共法律知识</source>
            <translation>General legal knowledge</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="253" />
            <source>业务知识</source>
            <translation>Professional knowledge</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="254" />
            <source>执法技能</source>
            <translation>Enforcement skills</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="255" />
            <source>政治理论</source>
            <translation>Political theory</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="256" />
            <source>道德文明</source>
            <translation>Ethics and conduct</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="257" />
            <source>体能</source>
            <translation>Physical fitness</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="258" />
            <source>线上</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="259" />
            <source>线下</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="260" />
            <source>导师制</source>
            <translation>Mentoring</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="261" />
            <source>驻点培训</source>
            <translation>On-site placement</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="262" />
            <source>大比武</source>
            <translation>Skills competition</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="263" />
            <source>年度学时</source>
            <translation>Annual training hours</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="264" />
            <source>上级组织集中培训</source>
            <translation>Centralised training by higher authority</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="265" />
            <source>本单位集中培训</source>
            <translation>Centralised training by own unit</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="266" />
            <source>集中培训</source>
            <translation>Centralised training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="267" />
            <source>集中培训天数</source>
            <translation>Centralised training days</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="268" />
            <source>执法业务培训</source>
            <translation>Enforcement practice training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="269" />
            <source>道德文明培训</source>
            <translation>Ethics and conduct training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="270" />
            <source>体能培训</source>
            <translation>Physical training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="271" />
            <source>优秀</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="272" />
            <source>合格</source>
            <translation>Pass</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="273" />
            <source>基本合格</source>
            <translation>Basic pass</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="274" />
            <source>不合格</source>
            <translation>Fail</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="275" />
            <source>60 天内到期</source>
            <translation>Due within 60 days</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="276" />
            <source>30 天内到期</source>
            <translation>Due within 30 days</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="277" />
            <source>已过期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="278" />
            <source>受案</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="279" />
            <source>已立案</source>
            <translation>Filed</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="280" />
            <source>调查取证</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="281" />
            <source>法制审核</source>
            <translation>Legal review</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="282" />
            <source>已告知</source>
            <translation>Notified</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="283" />
            <source>听证</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="284" />
            <source>已决定</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="285" />
            <source>已送达</source>
            <translation>Served</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="286" />
            <source>执行中</source>
            <translation>Enforcing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="287" />
            <source>已结案</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="288" />
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="289" />
            <source>已移送</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="290" />
            <source>立案</source>
            <translation>File the case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="291" />
            <source>作出决定</source>
            <translation>Decide</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="292" />
            <source>当事人申请听证</source>
            <translation>Party requests a hearing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="293" />
            <source>听证通知</source>
            <translation>Hearing notice</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="294" />
            <source>送达</source>
            <translation>Serve</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="295" />
            <source>缴纳罚款</source>
            <translation>Fine paid</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="296" />
            <source>案件移送</source>
            <translation>Transfer the case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="297" />
            <source>紧急移送（24小时）</source>
            <translation>Urgent transfer (24 hours)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="298" />
            <source>部门书面意见</source>
            <translation>Department's written opinion</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="299" />
            <source>结果反馈</source>
            <translation>Result feedback</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="300" />
            <source>照片</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="301" />
            <source>录音</source>
            <translation>Audio recording</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="302" />
            <source>录像</source>
            <translation>Video recording</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="303" />
            <source>书证/文件</source>
            <translation>Documentary evidence</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="304" />
            <source>常规</source>
            <translation>Routine</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="305" />
            <source>专项</source>
            <translation>Special</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="306" />
            <source>应急</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="307" />
            <source>巡查发现</source>
            <translation>Found on patrol</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="308" />
            <source>投诉举报</source>
            <translation>Complaint or report</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="309" />
            <source>部门移送</source>
            <translation>Transferred by a department</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="310" />
            <source>上级交办</source>
            <translation>Assigned by higher authority</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="311" />
            <source>数字线索</source>
            <translation>Digital lead</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="312" />
            <source>简易程序</source>
            <translation>Summary procedure</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="313" />
            <source>一般程序</source>
            <translation>Ordinary procedure</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="314" />
            <source>行政处罚</source>
            <translation>Administrative penalty</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="315" />
            <source>不予行政处罚</source>
            <translation>No administrative penalty</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="316" />
            <source>移送</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="317" />
            <source>临时出库</source>
            <translation>Temporarily out</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="318" />
            <source>已处置</source>
            <translation>Disposed of</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="319" />
            <source>退还当事人</source>
            <translation>Returned to the party</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="320" />
            <source>没收销毁</source>
            <translation>Confiscated and destroyed</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="321" />
            <source>没收拍卖</source>
            <translation>Confiscated and auctioned</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="322" />
            <source>没收上缴</source>
            <translation>Confiscated and handed over</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="323" />
            <source>随案移送</source>
            <translation>Transferred with the case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="324" />
            <source>发证</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="325" />
            <source>换证/延期</source>
            <translation>Renew/extend</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="326" />
            <source>黄牌警告</source>
            <translation>Yellow card (warning)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="327" />
            <source>橙牌暂扣</source>
            <translation>Orange card (suspended)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="328" />
            <source>红牌注销</source>
            <translation>Red card (cancelled)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="329" />
            <source>解除警告/暂扣</source>
            <translation>Warning/suspension lifted</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="330" />
            <source>绿色（有效）</source>
            <translation>Green (valid)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="331" />
            <source>队负责人</source>
            <translation>Squad head</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="332" />
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="333" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="334" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="335" />
            <source>身份证号</source>
            <translation>ID card no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="336" />
            <source>课程名称</source>
            <translation>Course name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="337" />
            <source>学习时长（分钟）</source>
            <translation>Study time (minutes)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="338" />
            <source>学时</source>
            <translation>Credit hours</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="339" />
            <source>完成时间</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="340" />
            <source>课程类别</source>
            <translation>Course category</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="341" />
            <source>可导入</source>
            <translation>Importable</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="342" />
            <source>缺少姓名</source>
            <translation>Name missing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="343" />
            <source>查无此人</source>
            <translation>No such person</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="344" />
            <source>重名无法区分</source>
            <translation>Ambiguous name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="345" />
            <source>缺少课程名称</source>
            <translation>Course name missing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="346" />
            <source>学时/时长无法识别</source>
            <translation>Hours/duration not recognised</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="347" />
            <source>缺少完成时间</source>
            <translation>Completion time missing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="348" />
            <source>完成时间无法识别</source>
            <translation>Completion time not recognised</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="349" />
            <source>重复行</source>
            <translation>Duplicate row</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="350" />
            <source>已登记过</source>
            <translation>Already recorded</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/dialogs/login.py" line="43" />
            <source>登录 - 乡镇综合执法队工作台</source>
            <translation>Log in - Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="47" />
            <source>乡镇综合执法队工作台</source>
            <translation>Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="70" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="71" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="74" />
            <source>登录</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="77" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/widgets.py" line="73" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="87" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../ui/pages/_forms.py" line="108" />
            <source>未填写</source>
            <translation>Not set</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../ui/pages/users.py" line="236" />
            <source>重置 {name} 的密码</source>
            <translation>Reset the password of {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="244" />
            <source>新密码(&amp;P)</source>
            <translation>New &amp;password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="245" />
            <source>再次输入新密码</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="246" />
            <source>重置后账户解除锁定，用户下次登录时须修改密码。</source>
            <translation>Resetting unlocks the account; the user must change the password at next login.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="254" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/pages/_forms.py" line="169" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/_forms.py" line="172" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="51" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="56" />
            <source>更改语言后，重新启动程序生效。</source>
            <translation>A new language takes effect when the program is restarted.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="59" />
            <source>语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="68" />
            <source>乡镇与执法队</source>
            <translation>Township and squad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="82" />
            <source>乡镇（街道）名称</source>
            <translation>Township (subdistrict) name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="84" />
            <source>执法队名称</source>
            <translation>Squad name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="85" />
            <source>文书编号前缀</source>
            <translation>Document number prefix</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="86" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="100" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="119" />
            <source>已保存。重新启动程序后界面将使用：{language}</source>
            <translation>Saved. After a restart the interface will be in: {language}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="142" />
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="139" />
            <source>首次使用设置 - 乡镇综合执法队工作台</source>
            <translation>First-time setup - Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="142" />
            <source>下一步 &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="143" />
            <source>&lt; 上一步</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="144" />
            <source>完成</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="145" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>StaffActiveDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="443" />
            <source>停用人员 {name}</source>
            <translation>Deactivate {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="445" />
            <source>启用人员 {name}</source>
            <translation>Re-activate {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="451" />
            <source>必填，例如调离、退休</source>
            <translation>Required, e.g. transferred or retired</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="451" />
            <source>必填，例如重新入队</source>
            <translation>Required, e.g. rejoined the squad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="453" />
            <source>原因(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="455" />
            <source>停用后该人员不再计入队伍人数，也不能办案；记录保留。</source>
            <translation>A deactivated member no longer counts towards the squad and cannot handle cases; the records are kept.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="221" />
            <source>新增人员</source>
            <translation>Staff member added</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="223" />
            <source>编辑人员 {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="241" />
            <source>未填写</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="241" />
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="241" />
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="246" />
            <source>（不关联）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="263" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="264" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="265" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="266" />
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="267" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="269" />
            <source>登录账户</source>
            <translation>Login account</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="270" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="271" />
            <source>发证机关</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="272" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="273" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="274" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="275" />
            <source>证件状态只能通过“证件操作”改变。辅助执法人员不持有执法证。</source>
            <translation>The certificate status changes only through “Certificate action”. Auxiliaries hold no enforcement certificate.</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="118" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="119" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="120" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="121" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="122" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="123" />
            <source>证件状态</source>
            <translation>Certificate status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="124" />
            <source>可否办案</source>
            <translation>May handle cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="125" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="137" />
            <source>未发证</source>
            <translation>No certificate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="143" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="145" />
            <source>是（黄牌警告）</source>
            <translation>Yes (yellow card)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="146" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="162" />
            <source>{name}（已停用）</source>
            <translation>{name} (deactivated)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="186" />
            <source>执法证已过期</source>
            <translation>Certificate expired</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="527" />
            <source>全部人员</source>
            <translation>All staff</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="532" />
            <source>显示已停用</source>
            <translation>Show deactivated</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="534" />
            <source>按姓名或执法证号查找（可用扫码枪）</source>
            <translation>Find by name or certificate no. (barcode scanner works)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="549" />
            <source>新增人员(&amp;N)</source>
            <translation>&amp;New member</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="550" />
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="551" />
            <source>证件操作(&amp;C)…</source>
            <translation>&amp;Certificate action…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="552" />
            <location filename="../../ui/pages/staff.py" line="677" />
            <source>停用人员(&amp;D)</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="553" />
            <source>证件记录(&amp;H)</source>
            <translation>Certificate &amp;history</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="602" />
            <source>人员与证件</source>
            <translation>Staff and certificates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="617" />
            <source>在编执法队员 {sworn} 人，辅助人员 {aux} 人</source>
            <translation>{sworn} sworn officers, {aux} auxiliaries</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="622" />
            <source>辅助人员多于在编执法队员，不符合规定</source>
            <translation>More auxiliaries than sworn officers: not allowed by the rules</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="675" />
            <source>启用人员(&amp;D)</source>
            <translation>Re-&amp;activate</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../ui/startup.py" line="63" />
            <source>恢复失败：{detail}</source>
            <translation>Restore failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="68" />
            <source>数据库已从 {time} 的备份恢复；损坏的文件保留为 {aside}</source>
            <translation>The database was restored from the backup of {time}; the damaged file was kept as {aside}</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="107" />
            <source>正在生成演示数据库…</source>
            <translation>Building the demo database…</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="109" />
            <source>首次启动</source>
            <translation>First start</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="120" />
            <source>正在生成演示数据：{step}（{done}/{total}）</source>
            <translation>Building demo data: {step} ({done}/{total})</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="141" />
            <source>这是演示数据库。演示管理员用户名：{user}，密码：{password}</source>
            <translation>This is a demo database. Demo administrator: username {user}, password {password}</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="250" />
            <source>今日自动备份已完成。</source>
            <translation>Today's automatic backup is done.</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="261" />
            <source>自动备份失败：{detail}</source>
            <translation>Automatic backup failed: {detail}</translation>
        </message>
    </context>
    <context>
        <name>TownshipPage</name>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="51" />
            <source>乡镇与执法队</source>
            <translation>Township and squad</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="53" />
            <source>填写本乡镇（街道）的名称。执法队名称和文书编号前缀会自动生成，可以修改。</source>
            <translation>Enter the name of your township (or subdistrict). The squad name and the document number prefix are filled in from it and can be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="55" />
            <source>乡镇（街道）名称</source>
            <translation>Township (subdistrict) name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="56" />
            <source>例如：孝顺镇</source>
            <translation>e.g. 孝顺镇</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="57" />
            <source>执法队名称</source>
            <translation>Squad name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="58" />
            <source>文书编号前缀</source>
            <translation>Document number prefix</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="../../ui/pages/users.py" line="84" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="85" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="86" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="87" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="88" />
            <source>最后登录</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="97" />
            <source>停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="99" />
            <source>锁定至 {time}</source>
            <translation>Locked until {time}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="100" />
            <location filename="../../ui/pages/users.py" line="119" />
            <source>启用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="117" />
            <source>从未登录</source>
            <translation>Never</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="124" />
            <source>下次登录须修改密码</source>
            <translation>Must change password at next login</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/pages/users.py" line="272" />
            <source>新建用户(&amp;N)</source>
            <translation>&amp;New user</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="273" />
            <source>修改(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="274" />
            <source>重置密码(&amp;R)</source>
            <translation>&amp;Reset password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="275" />
            <location filename="../../ui/pages/users.py" line="348" />
            <source>停用(&amp;D)</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="300" />
            <source>用户管理</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="308" />
            <source>当前用户无权管理用户账户。</source>
            <translation>The current user may not manage user accounts.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="346" />
            <source>启用(&amp;D)</source>
            <translation>Enable (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="389" />
            <source>停用用户</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="390" />
            <source>停用账户“{name}”（{user}）？停用后该账户不能登录。</source>
            <translation>Disable the account “{name}” ({user})? A disabled account cannot log in.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="392" />
            <source>启用用户</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="393" />
            <source>重新启用账户“{name}”（{user}）？</source>
            <translation>Enable the account “{name}” ({user}) again?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="394" />
            <source>停用</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="394" />
            <source>启用</source>
            <translation>Enable</translation>
        </message>
    </context>
</TS>
