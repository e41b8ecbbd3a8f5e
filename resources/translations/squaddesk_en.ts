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
            <location filename="../../ui/app_window.py" line="80" />
            <source>乡镇综合执法队工作台</source>
            <translation>Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="143" />
            <source>正在打开数据库…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="231" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="232" />
            <source>备份(&amp;B)</source>
            <translation>&amp;Back up</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="234" />
            <source>修改密码(&amp;P)…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="236" />
            <source>立即同步(&amp;S)</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="238" />
            <source>退出(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="239" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="240" />
            <source>关于(&amp;A)</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="244" />
            <source>键盘快捷键(&amp;K)…</source>
            <translation>&amp;Keyboard shortcuts…</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="476" />
            <source>本机尚未登记到县局，无法同步。</source>
            <translation>This computer is not enrolled with the county; it cannot sync.</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="479" />
            <source>正在同步，请稍候。</source>
            <translation>A sync is running, please wait.</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="487" />
            <source>同步中…（{phase} {done}/{total}）</source>
            <translation>Syncing… ({phase} {done}/{total})</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="488" />
            <source>上传</source>
            <translation>Upload</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="488" />
            <source>下载</source>
            <translation>Download</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="500" />
            <source>无法连接县局</source>
            <translation>County unreachable</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="501" />
            <source>设备令牌被拒绝</source>
            <translation>Device token refused</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="502" />
            <source>未登记</source>
            <translation>Not enrolled</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="503" />
            <source>需升级 SquadDesk</source>
            <translation>Update SquadDesk</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="504" />
            <location filename="../../ui/app_window.py" line="505" />
            <source>钥匙串不可用</source>
            <translation>Keyring unavailable</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="506" />
            <source>县局回答有误</source>
            <translation>Bad answer from the county</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="508" />
            <source>同步失败</source>
            <translation>Sync failed</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="521" />
            <source>未连接县局</source>
            <translation>Not connected to the county</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="523" />
            <source>本机尚未登记到县局，数据只保存在本机。</source>
            <translation>This computer is not enrolled with the county; the data stays on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="526" />
            <source>同步中…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="531" />
            <source>上次同步：{at}</source>
            <translation>Last sync: {at}</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="531" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="532" />
            <source>待上传 {n}</source>
            <translation>{n} to upload</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="534" />
            <source>县局：{url}</source>
            <translation>County: {url}</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="538" />
            <source>同步出错：{error}</source>
            <translation>Sync error: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="540" />
            <source>{at} 同步失败：{message}</source>
            <translation>{at} sync failed: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="547" />
            <source>自动同步已停止，请处理后手动同步。</source>
            <translation>Automatic sync has stopped; fix the problem, then sync by hand.</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="549" />
            <source>{s} 秒后自动重试。</source>
            <translation>Retrying automatically in {s} s.</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="551" />
            <source>待核对 {n}</source>
            <translation>{n} to review</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="167" />
            <source>用户：{name}（{roles}）</source>
            <translation>User: {name} ({roles})</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="206" />
            <source>数据库：{path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="242" />
            <source>一案一码核验(&amp;V)…</source>
            <translation>&amp;Verify case QR code…</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="350" />
            <source>逾期期限：{n}</source>
            <translation>Overdue deadlines: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="392" />
            <source>{squad} - 乡镇综合执法队工作台</source>
            <translation>{squad} - Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="409" />
            <source>密码已修改。</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="434" />
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ui/app_window.py" line="436" />
            <source>&lt;b&gt;乡镇综合执法队工作台&lt;/b&gt; {version}&lt;br&gt;人员与证件、账户、审计记录与数据备份。&lt;br&gt;数据保存在本机：{path}</source>
            <translation>&lt;b&gt;Township Enforcement Squad Desk&lt;/b&gt; {version}&lt;br&gt;Staff and certificates, accounts, audit log and backups.&lt;br&gt;Data is stored on this computer: {path}</translation>
        </message>
    </context>
    <context>
        <name>AttendeePicker</name>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="82" />
            <source>输入姓名筛选，回车勾选唯一匹配</source>
            <translation>Type a name to filter; Enter ticks a single match</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="86" />
            <source>全部人员</source>
            <translation>All staff</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="97" />
            <source>{name}（辅助）</source>
            <translation>{name} (auxiliary)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="109" />
            <source>全选当前筛选(&amp;A)</source>
            <translation>Tick &amp;all shown</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="110" />
            <source>清空选择</source>
            <translation>Clear ticks</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="115" />
            <source>空格键勾选/取消当前行；Ctrl+Enter 保存。</source>
            <translation>Space ticks or unticks the current row; Ctrl+Enter saves.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="136" />
            <source>参训人员</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="206" />
            <source>已选 {n} 人</source>
            <translation>{n} ticked</translation>
        </message>
    </context>
    <context>
        <name>AuditEntryDialog</name>
        <message>
            <location filename="../../ui/pages/audit.py" line="339" />
            <source>审计记录 第 {seq} 条</source>
            <translation>Audit record no. {seq}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="341" />
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
            <location filename="../../ui/pages/audit.py" line="355" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/pages/audit.py" line="288" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="289" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="290" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="291" />
            <source>对象</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="292" />
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
            <location filename="../../ui/pages/audit.py" line="113" />
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
            <location filename="../../ui/pages/audit.py" line="97" />
            <source>案件</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="98" />
            <source>执法文书</source>
            <translation>Enforcement documents</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="99" />
            <source>印章</source>
            <translation>Seals</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="100" />
            <source>联合执法</source>
            <translation>Joint operations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="101" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="102" />
            <source>装备盘点</source>
            <translation>Stock-take</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="103" />
            <source>罚没物品</source>
            <translation>Seized goods</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="104" />
            <source>培训与考核</source>
            <translation>Training and assessment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="105" />
            <source>参考数据</source>
            <translation>Reference data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="106" />
            <source>演示数据</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="107" />
            <source>县局同步</source>
            <translation>County sync</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="111" />
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="112" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="117" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="118" />
            <location filename="../../ui/pages/audit.py" line="119" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="120" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="121" />
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="122" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="123" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="124" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="125" />
            <source>登录账户</source>
            <translation>Login account</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="126" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="127" />
            <source>发证机关</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="128" />
            <location filename="../../ui/pages/audit.py" line="130" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="129" />
            <location filename="../../ui/pages/audit.py" line="131" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="132" />
            <source>原有效期</source>
            <translation>Previous expiry</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="133" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="134" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="135" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="136" />
            <source>原状态</source>
            <translation>Previous status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="137" />
            <source>新状态</source>
            <translation>New status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="138" />
            <source>连续失败次数</source>
            <translation>Failures in a row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="139" />
            <source>锁定至</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="143" />
            <source>序号不连续，有记录被删除</source>
            <translation>Sequence numbers have a gap: records were deleted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="144" />
            <source>与上一条记录的链接断开</source>
            <translation>The link to the previous record is broken</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="145" />
            <source>记录无法读取</source>
            <translation>The record cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="146" />
            <source>内容与校验值不符，已被修改</source>
            <translation>The content does not match its hash: it was modified</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="162" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="375" />
            <source>搜索内容、操作或用户</source>
            <translation>Search content, action or user</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="379" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="413" />
            <source>更多(&amp;M)</source>
            <translation>&amp;More</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="415" />
            <source>校验审计链(&amp;V)</source>
            <translation>&amp;Verify audit chain</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="448" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="453" />
            <source>当前用户无权查看审计日志。</source>
            <translation>The current user may not view the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="464" />
            <source>全部操作</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="466" />
            <source>全部用户</source>
            <translation>All users</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="513" />
            <source>已显示 {shown} / 共 {total} 条</source>
            <translation>Showing {shown} of {total}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="534" />
            <source>正在校验……</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="546" />
            <source>审计链完整：共 {n} 条记录</source>
            <translation>Audit chain intact: {n} records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="550" />
            <source>审计链第 {seq} 条记录被篡改或损坏：{reason}</source>
            <translation>Audit record no. {seq} was tampered with or damaged: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="561" />
            <source>校验未能完成：{error}</source>
            <translation>Verification could not finish: {error}</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsGroup</name>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="39" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="46" />
            <source>备份文件夹的完整路径</source>
            <translation>Full path of the backup folder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="47" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="49" />
            <source>默认位置</source>
            <translation>Default location</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="50" />
            <source>数据库所在文件夹中的 backups 文件夹</source>
            <translation>The backups folder next to the database</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="66" />
            <source> 份</source>
            <translation> copies</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="69" />
            <source>自动备份在计划到期后程序首次启动时进行；超过保留份数时删除最早的备份。建议选择另一块硬盘或 U 盘上的文件夹。</source>
            <translation>The automatic backup runs at the first start after it falls due; beyond the number to keep, the oldest backups are deleted. A folder on another disk or a USB stick is best.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="81" />
            <source>保存备份设置</source>
            <translation>Save backup settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="85" />
            <source>备份文件夹</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="86" />
            <source>自动备份</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="87" />
            <source>保留份数</source>
            <translation>Copies to keep</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="110" />
            <source>选择备份文件夹</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_backup.py" line="143" />
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <location filename="../../ui/pages/backups.py" line="62" />
            <source>备份时间</source>
            <translation>Taken at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="62" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="62" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="75" />
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="77" />
            <source>从备份恢复…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="100" />
            <source>数据备份</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="105" />
            <source>每日自动备份</source>
            <translation>Daily automatic backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="106" />
            <source>每周自动备份</source>
            <translation>Weekly automatic backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="107" />
            <source>手动备份</source>
            <translation>Manual backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="108" />
            <source>升级前自动备份</source>
            <translation>Automatic backup before upgrade</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="116" />
            <source>数据库每天首次启动时自动备份一次</source>
            <translation>The database is backed up automatically at the first start of each day</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="117" />
            <source>数据库每周自动备份一次</source>
            <translation>The database is backed up automatically once a week</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="118" />
            <source>不自动备份，请定期手动备份</source>
            <translation>No automatic backups: back up by hand regularly</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="121" />
            <source>{plan}，最多保留 {keep} 份（可在“设置 → 备份”中修改）。备份保存在：</source>
            <translation>{plan}; at most {keep} copies are kept (change this under Settings → Backup). Backups are saved in:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="170" />
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="179" />
            <source>备份完成：{name}</source>
            <translation>Backup done: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="197" />
            <source>后台任务尚未完成，请稍后再试。</source>
            <translation>A background task is still running; please try again shortly.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="202" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="204" />
            <source>确定用 {time} 的备份替换当前数据库吗？

该备份之后录入的数据将不再显示。当前数据库文件会被改名保留，不会删除。恢复后程序将重新打开数据库，需要重新登录。</source>
            <translation>Replace the current database with the backup of {time}?

Anything entered after that backup will no longer be shown. The current database file is renamed and kept, not deleted. The program then reopens the database and you need to log in again.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="208" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/pages/backups.py" line="220" />
            <source>已从 {time} 的备份恢复。原数据库文件保留为：{aside}</source>
            <translation>Restored from the backup of {time}. The previous database file was kept as: {aside}</translation>
        </message>
    </context>
    <context>
        <name>BringBackDialog</name>
        <message>
            <location filename="../../ui/pages/seized.py" line="207" />
            <source>归库</source>
            <translation>Bring back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="211" />
            <source>物品</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="212" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="213" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailDialog</name>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="398" />
            <source>案件详情</source>
            <translation>Case details</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="417" />
            <source>程序</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="417" />
            <source>案件来源</source>
            <translation>Case source</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="418" />
            <source>当事人</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="418" />
            <source>执法事项</source>
            <translation>Enforcement item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="419" />
            <source>违法地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="419" />
            <source>违法时间</source>
            <translation>Time of the act</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="420" />
            <source>发现日期</source>
            <translation>Discovered on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="420" />
            <source>违法事实</source>
            <translation>Facts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="421" />
            <source>承办人</source>
            <translation>Case handler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="421" />
            <source>法制审核</source>
            <translation>Legal review</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="422" />
            <source>决定人</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="422" />
            <source>罚款缴纳</source>
            <translation>Fine payment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="434" />
            <location filename="../../ui/pages/case_detail.py" line="493" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="434" />
            <source>起算日</source>
            <translation>Starts on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="434" />
            <source>到期日</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="435" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="452" />
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="452" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="452" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="453" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="453" />
            <source>存储</source>
            <translation>Stored</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="454" />
            <source>添加证据…</source>
            <translation>Add evidence…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="455" />
            <source>校验所选</source>
            <translation>Verify selected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="470" />
            <source>方向</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="470" />
            <source>单位</source>
            <translation>Counterpart</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="470" />
            <source>发现时间</source>
            <translation>Found at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="471" />
            <source>移送函</source>
            <translation>Transfer letter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="471" />
            <source>回执</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="471" />
            <source>理由</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="472" />
            <source>提出移送…</source>
            <translation>Propose transfer…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="473" />
            <source>发出移送函…</source>
            <translation>Send transfer letter…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="474" />
            <source>登记回执</source>
            <translation>Record receipt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="487" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="487" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="487" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="488" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="491" />
            <source>概况</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="492" />
            <source>裁量</source>
            <translation>Discretion</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="494" />
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="495" />
            <source>移送</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="496" />
            <source>全过程记录</source>
            <translation>Full record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="497" />
            <location filename="../../ui/pages/case_detail.py" line="683" />
            <source>文书</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="500" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="542" />
            <source>公民</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="542" />
            <source>组织</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="544" />
            <source>法定代表人 {n}</source>
            <translation>legal representative {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="553" />
            <location filename="../../ui/pages/case_detail.py" line="554" />
            <source>（未指定）</source>
            <translation>(not assigned)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="557" />
            <source>罚款 {fine} 元，已缴 {paid} 元</source>
            <translation>Fine {fine} yuan, paid {paid} yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="560" />
            <source>，加处罚款 {fee} 元</source>
            <translation>, late fee {fee} yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="573" />
            <source>（暂定：尚无该年节假日数据）</source>
            <translation> (provisional: no holiday data for that year yet)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="575" />
            <source>已完成 {at}</source>
            <translation>Met {at}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="577" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="577" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="578" />
            <source>未到期</source>
            <translation>Not due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="614" />
            <source>计时中止（{kind}）：{start} 起，进行中；{reason}</source>
            <translation>Clock paused ({kind}) since {start}, still running; {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="617" />
            <source>计时中止（{kind}）：{start} 至 {end}，{n} 天；{reason}</source>
            <translation>Clock paused ({kind}) {start} to {end}, {n} day(s); {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="621" />
            <source>批准延期 {n} 天（{on}，{who}）：{reason}</source>
            <translation>Extension of {n} day(s) approved ({on}, {who}): {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="633" />
            <source>有</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="633" />
            <source>缺失</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="647" />
            <source>移出</source>
            <translation>Out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="647" />
            <source>移入</source>
            <translation>In</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="649" />
            <source>（公安）</source>
            <translation> (police)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="651" />
            <source>（紧急）</source>
            <translation> (urgent)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="652" />
            <source>未发出</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="653" />
            <source>未回执</source>
            <translation>No receipt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="683" />
            <source>文号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="685" />
            <source>预览/打印…</source>
            <translation>Preview / print…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="686" />
            <source>签发…</source>
            <translation>Issue…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="687" />
            <source>生成卷宗…</source>
            <translation>Build archive…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="710" />
            <source>未签发（预览为草稿）</source>
            <translation>Not issued (previews as a draft)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="726" />
            <location filename="../../ui/pages/case_detail.py" line="739" />
            <source>请先选择一种文书。</source>
            <translation>Select a document type first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="749" />
            <source>已签发：{number}</source>
            <translation>Issued: {number}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="762" />
            <source>（未加盖印章：当前用户无权加盖印章）</source>
            <translation> (not sealed: the current user may not apply seals)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="764" />
            <source>（未加盖印章：尚未导入本镇印章）</source>
            <translation> (not sealed: no township seal has been imported yet)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="766" />
            <source>（已加盖联合执法牵头部门印章：{owner}）</source>
            <translation> (sealed with the joint action's lead department seal: {owner})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="768" />
            <source>（已加盖本镇印章：{owner}；联合执法牵头部门“{lead}”的印章尚未导入）</source>
            <translation> (sealed with the township seal: {owner}; the seal of the joint action's lead department “{lead}” has not been imported)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="770" />
            <source>（已加盖本镇印章：{owner}）</source>
            <translation> (sealed with the township seal: {owner})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="798" />
            <source>指定承办人…</source>
            <translation>Assign handlers…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="800" />
            <source>指定法制审核…</source>
            <translation>Assign legal reviewer…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="802" />
            <source>调查终结报告…</source>
            <translation>Investigation report…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="804" />
            <source>法制审核意见…</source>
            <translation>Legal review opinion…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="806" />
            <source>登记听证…</source>
            <translation>Record hearing…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="808" />
            <source>中止计时…</source>
            <translation>Pause clock…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="810" />
            <source>恢复计时…</source>
            <translation>Resume clock…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="814" />
            <source>批准延期…</source>
            <translation>Extend deadline…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="817" />
            <source>登记缴款…</source>
            <translation>Record payment…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="830" />
            <source>当前没有可执行的办案操作。</source>
            <translation>No case action is available to you now.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="858" />
            <location filename="../../ui/pages/case_detail.py" line="902" />
            <source>文书编号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="859" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="124" />
            <location filename="../../ui/pages/case_detail.py" line="870" />
            <source>指定承办人</source>
            <translation>Assign handlers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="872" />
            <source>主办</source>
            <translation>Lead handler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="873" />
            <source>协办</source>
            <translation>Second handler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="886" />
            <source>请选择法制审核人员。</source>
            <translation>Choose the legal reviewer.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="125" />
            <location filename="../../ui/pages/case_detail.py" line="889" />
            <source>指定法制审核人员</source>
            <translation>Assign legal reviewer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="890" />
            <source>法制审核人员</source>
            <translation>Legal reviewer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="126" />
            <location filename="../../ui/pages/case_detail.py" line="899" />
            <source>调查终结报告</source>
            <translation>Investigation report</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="901" />
            <source>调查结论</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="908" />
            <source>审核通过</source>
            <translation>Review passed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="127" />
            <location filename="../../ui/pages/case_detail.py" line="913" />
            <source>法制审核意见</source>
            <translation>Legal review opinion</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="104" />
            <source>批准立案</source>
            <translation>Approve filing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="105" />
            <source>开始调查</source>
            <translation>Start investigation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="106" />
            <source>送法制审核</source>
            <translation>Submit for legal review</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="107" />
            <source>事先告知</source>
            <translation>Advance notice</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="108" />
            <source>当事人申请听证</source>
            <translation>Party requests a hearing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="109" />
            <source>作出决定</source>
            <translation>Decide</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="110" />
            <source>送达</source>
            <translation>Serve</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="111" />
            <source>进入执行</source>
            <translation>Start execution</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="112" />
            <source>结案</source>
            <translation>Close case</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="113" />
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="117" />
            <source>征求部门意见</source>
            <translation>Department opinion requested</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="118" />
            <source>收到部门意见</source>
            <translation>Department opinion received</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="119" />
            <source>安排听证</source>
            <translation>Hearing scheduled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="120" />
            <source>听证通知送达</source>
            <translation>Hearing notice served</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="121" />
            <source>收到结果反馈</source>
            <translation>Result feedback received</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="122" />
            <source>受案登记</source>
            <translation>Register case</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="123" />
            <source>当场处罚</source>
            <translation>On-the-spot penalty</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="128" />
            <source>举行听证</source>
            <translation>Hearing held</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="129" />
            <source>中止计时</source>
            <translation>Clock paused</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="130" />
            <source>恢复计时</source>
            <translation>Clock resumed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="131" />
            <source>批准延期</source>
            <translation>Extension approved</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="132" />
            <source>缴纳罚款</source>
            <translation>Fine payment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="133" />
            <source>登记证据</source>
            <translation>Evidence registered</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="136" />
            <source>移送回执</source>
            <translation>Transfer receipt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="137" />
            <source>演示数据</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="141" />
            <source>听证</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="142" />
            <source>鉴定</source>
            <translation>Appraisal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="143" />
            <source>公告</source>
            <translation>Announcement</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="144" />
            <source>中止</source>
            <translation>Suspension</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="916" />
            <source>审核意见</source>
            <translation>Review opinion</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="923" />
            <source>登记听证</source>
            <translation>Record hearing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="925" />
            <source>听证情况</source>
            <translation>Hearing notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="945" />
            <source>中止期限计时</source>
            <translation>Pause the decision clock</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="948" />
            <location filename="../../ui/pages/case_detail.py" line="972" />
            <source>中止类型</source>
            <translation>Pause type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="949" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="950" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="966" />
            <source>没有正在进行的中止。</source>
            <translation>No pause is running.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="971" />
            <source>恢复期限计时</source>
            <translation>Resume the decision clock</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="973" />
            <source>恢复日期</source>
            <translation>Resume date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="983" />
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="988" />
            <source>延长办案期限</source>
            <translation>Extend the decision deadline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="990" />
            <source>当前到期日</source>
            <translation>Current due date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="991" />
            <source>延期天数</source>
            <translation>Extension</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="992" />
            <source>延期理由</source>
            <translation>Reason for the extension</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1003" />
            <source> 元</source>
            <translation> yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1010" />
            <source>登记缴款</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1013" />
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1014" />
            <source>缴款日期</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1015" />
            <source>票据号</source>
            <translation>Receipt no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1023" />
            <source>涉嫌犯罪，移送公安机关</source>
            <translation>Suspected crime: transfer to public security</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1024" />
            <source>紧急（24 小时内移送）</source>
            <translation>Urgent (transfer within 24 hours)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="134" />
            <location filename="../../ui/pages/case_detail.py" line="1026" />
            <source>提出移送</source>
            <translation>Propose transfer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1029" />
            <location filename="../../ui/pages/case_detail.py" line="1048" />
            <source>接收单位</source>
            <translation>Receiving body</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1030" />
            <source>移送理由</source>
            <translation>Reason for transfer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="135" />
            <location filename="../../ui/pages/case_detail.py" line="1046" />
            <source>发出移送函</source>
            <translation>Send transfer letter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1049" />
            <source>移送函文号</source>
            <translation>Transfer letter no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1081" />
            <source>正在计算校验值并保存……</source>
            <translation>Hashing and storing…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1096" />
            <source>已登记：{name}（SHA-256 {sha}）</source>
            <translation>Registered: {name} (SHA-256 {sha})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1118" />
            <source>正在校验……</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1129" />
            <source>校验通过：{name} 与登记时一致</source>
            <translation>Verified: {name} is unchanged since registration</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="1133" />
            <source>校验失败：{name} 缺失或已被修改</source>
            <translation>Verification failed: {name} is missing or was modified</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../../ui/pages/cases.py" line="166" />
            <source>案号</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="167" />
            <source>程序</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="168" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="169" />
            <source>当事人</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="170" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="171" />
            <source>发现日期</source>
            <translation>Discovered on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="172" />
            <source>承办人</source>
            <translation>Case handler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="173" />
            <source>罚款</source>
            <translation>Fine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="174" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="254" />
            <source>点击按此列排序</source>
            <translation>Click to sort by this column</translation>
        </message>
    </context>
    <context>
        <name>CaseRequestsBar</name>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="36" />
            <source>征求部门意见…</source>
            <translation>Request department opinion…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="37" />
            <source>登记部门意见…</source>
            <translation>Record department opinion…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="38" />
            <source>安排听证…</source>
            <translation>Schedule hearing…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="39" />
            <source>登记听证通知送达…</source>
            <translation>Record hearing notice served…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="40" />
            <source>登记结果反馈…</source>
            <translation>Record feedback…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="101" />
            <source>征求部门意见</source>
            <translation>Request a department's opinion</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="105" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="106" />
            <source>征求事项</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="107" />
            <source>征求日期</source>
            <translation>Requested on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="108" />
            <source>部门应在 5 个工作日内书面答复。</source>
            <translation>The department answers in writing within 5 working days.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="120" />
            <source>登记部门意见</source>
            <translation>Record the department's opinion</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="124" />
            <location filename="../../ui/pages/case_requests.py" line="172" />
            <source>收到日期</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="125" />
            <source>意见摘要</source>
            <translation>Opinion summary</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="136" />
            <source>安排听证</source>
            <translation>Schedule the hearing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="138" />
            <source>听证日期</source>
            <translation>Hearing date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="139" />
            <source>听证通知须在举行听证的 7 个工作日前送达当事人。</source>
            <translation>The hearing notice must reach the party 7 working days before the hearing.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="149" />
            <source>登记听证通知送达</source>
            <translation>Record the hearing notice as served</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="152" />
            <source>送达日期</source>
            <translation>Served on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="166" />
            <source>没有待反馈的移送。</source>
            <translation>No transfer is awaiting feedback.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="171" />
            <source>登记结果反馈</source>
            <translation>Record the department's feedback</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_requests.py" line="173" />
            <source>反馈内容</source>
            <translation>Feedback</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../ui/pages/cases.py" line="132" />
            <source>（暂定）</source>
            <translation> (provisional)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="312" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="312" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="313" />
            <source>未到期</source>
            <translation>Not due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="314" />
            <source>{kind}期限：{day}（{state}）</source>
            <translation>{kind} deadline: {day} ({state})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="371" />
            <source>（未指定）</source>
            <translation>(not assigned)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="405" />
            <source>18 位居民身份证号码（可不填）</source>
            <translation>18-character resident ID number (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="406" />
            <source>18 位统一社会信用代码（可不填）</source>
            <translation>18-character unified social credit code (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="421" />
            <source>✓ 校验位正确</source>
            <translation>✓ Check character correct</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="424" />
            <source>已输入 {n}/18 位</source>
            <translation>{n}/18 characters entered</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="450" />
            <location filename="../../ui/pages/cases.py" line="722" />
            <source>公民</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="451" />
            <location filename="../../ui/pages/cases.py" line="722" />
            <source>法人或其他组织</source>
            <translation>Legal person or other organisation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="484" />
            <source>本事项无裁量情节</source>
            <translation>This item has no discretion facts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="507" />
            <source>（未选择）</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="516" />
            <source>未填</source>
            <translation>Not entered</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="590" />
            <source>当事人类型</source>
            <translation>Party type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="591" />
            <source>当事人名称</source>
            <translation>Party name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="592" />
            <location filename="../../ui/pages/cases.py" line="601" />
            <source>身份证号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="594" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="602" />
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="895" />
            <source>搜索案号、当事人、地点、事实（可用扫码枪）  Ctrl+F</source>
            <translation>Search number, party, place, facts (scanner works)  Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="899" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="900" />
            <source>办理中</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="904" />
            <source>全部程序</source>
            <translation>All procedures</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="907" />
            <source>全部事项</source>
            <translation>All items</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="910" />
            <source>全部承办人</source>
            <translation>All handlers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="913" />
            <source>发现日期</source>
            <translation>Discovered on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="942" />
            <source>受案登记(&amp;R)</source>
            <translation>&amp;Register case</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="943" />
            <source>简易程序(&amp;S)  Ctrl+N</source>
            <translation>&amp;Summary case  Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="944" />
            <source>打开(&amp;O)</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="945" />
            <source>导出台账(&amp;E)…</source>
            <translation>&amp;Export ledger…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="950" />
            <source>公示导出(&amp;G)…</source>
            <translation>Public disclosure e&amp;xport…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="951" />
            <source>按年度导出行政处罚公示清单（个人信息已脱敏）</source>
            <translation>Export the year's penalty disclosure list (personal data masked)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="954" />
            <source>联合执法…</source>
            <translation>Joint operations…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1011" />
            <source>案件</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1054" />
            <source>共 {n} 件</source>
            <translation>{n} cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1170" />
            <source>导出执法业务台账</source>
            <translation>Export the enforcement ledger</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1170" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1177" />
            <source>执法业务台账.xlsx</source>
            <translation>enforcement-ledger.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1185" />
            <location filename="../../ui/pages/cases.py" line="1232" />
            <source>正在导出……</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1195" />
            <source>已导出 {n} 件案件：{path}</source>
            <translation>Exported {n} cases: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1202" />
            <location filename="../../ui/pages/cases.py" line="1252" />
            <source>导出失败：{error}</source>
            <translation>Export failed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1209" />
            <location filename="../../ui/pages/cases.py" line="1215" />
            <source>公示导出</source>
            <translation>Public disclosure export</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1209" />
            <source>作出处罚决定的年度：</source>
            <translation>Year of the penalty decisions:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1213" />
            <source>{year}年行政处罚公示清单.xlsx</source>
            <translation>Penalty disclosure {year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1215" />
            <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="1243" />
            <source>已导出 {year} 年公示清单 {n} 件：{path}</source>
            <translation>Exported the {year} disclosure list, {n} case(s): {path}</translation>
        </message>
    </context>
    <context>
        <name>CertificateActionDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="327" />
            <source>证件操作：{name}</source>
            <translation>Certificate action: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="338" />
            <source>未发证</source>
            <translation>No certificate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="341" />
            <source>{number}　当前状态：{status}</source>
            <translation>{number}  Current status: {status}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="342" />
            <source>（无证号）</source>
            <translation>(no number)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="350" />
            <source>必填，例如考核结果、文件依据</source>
            <translation>Required, e.g. assessment result or document reference</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="361" />
            <source>执法证</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="362" />
            <source>操作(&amp;A)</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="363" />
            <source>操作后状态</source>
            <translation>Status afterwards</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="364" />
            <source>原因(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="365" />
            <source>生效日期</source>
            <translation>Effective date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="366" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="367" />
            <source>发证机关</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="368" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="369" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="398" />
            <source>没有可执行的操作</source>
            <translation>No action is possible</translation>
        </message>
    </context>
    <context>
        <name>CertificateHistoryDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="504" />
            <source>证件记录：{name}</source>
            <translation>Certificate history: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="509" />
            <source>生效日期</source>
            <translation>Effective date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="510" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="511" />
            <source>状态变化</source>
            <translation>Status change</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="512" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="513" />
            <source>操作人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="531" />
            <source>尚无证件操作记录。</source>
            <translation>No certificate actions recorded yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="534" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/dialogs/login.py" line="134" />
            <location filename="../../ui/dialogs/login.py" line="159" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="138" />
            <source>管理员为您设置了初始密码，请先修改为只有您自己知道的新密码。</source>
            <translation>An administrator set your initial password. Please change it to a new password only you know.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="151" />
            <source>原密码</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="152" />
            <source>新密码</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="154" />
            <source>再次输入新密码</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="162" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="172" />
            <source>两次输入的新密码不一致。</source>
            <translation>The two new passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>CheckOutDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="564" />
            <source>领用 {tag}</source>
            <translation>Check out {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="572" />
            <source>长期配发</source>
            <translation>Long-term issue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="574" />
            <source>例如：外观完好，电量满</source>
            <translation>e.g. no damage, battery full</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="575" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="576" />
            <source>领用人(&amp;P)</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="577" />
            <source>应还日期</source>
            <translation>Due back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="578" />
            <source>领用时状况</source>
            <translation>Condition when issued</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="589" />
            <source>请从列表中选择领用人。</source>
            <translation>Choose the person from the list.</translation>
        </message>
    </context>
    <context>
        <name>CloseStocktakeDialog</name>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="176" />
            <source>结束盘点</source>
            <translation>End stock-take</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="182" />
            <source>应盘 {expected} 件，已扫描 {scanned} 件，相符 {found} 件。</source>
            <translation>{expected} items expected, {scanned} scanned, {found} found.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="187" />
            <source>将 {n} 件未见装备登记为“遗失”</source>
            <translation>Record the {n} missing items as lost</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="196" />
            <source>结束后将一次性写入以下变更：</source>
            <translation>Ending writes these changes at once:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="198" />
            <source>结束盘点并写入</source>
            <translation>End and apply</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="215" />
            <source>……另有 {n} 件</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="230" />
            <source>{n} 件未见 → 状态改为“遗失”：</source>
            <translation>{n} missing → status becomes lost:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="233" />
            <source>{n} 件未见，不改状态。</source>
            <translation>{n} missing, status unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="236" />
            <source>{n} 件位置不符 → 存放地点改为发现处：</source>
            <translation>{n} in the wrong place → place becomes where seen:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="242" />
            <source>{n} 件原登记遗失 → 恢复“在库”：</source>
            <translation>{n} recorded lost → back in store:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="245" />
            <source>{n} 件异常仅记录，不改状态：</source>
            <translation>{n} unexpected, recorded only:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="248" />
            <source>全部相符，没有需要写入的变更。</source>
            <translation>Everything matches; nothing to change.</translation>
        </message>
    </context>
    <context>
        <name>ComplianceDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1092" />
            <source>装备配备合规检查</source>
            <translation>Equipment compliance check</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1097" />
            <source>标准：{version}（{issuer}）。执法队员 {officers} 人，内勤 {clerks} 人，辅助执法人员 {aux} 人（其中正副队长 {leaders} 人），办公室 {offices} 间。</source>
            <translation>Standard: {version} ({issuer}). {officers} officers, {clerks} clerks, {aux} auxiliaries ({leaders} team leaders), {offices} offices.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1112" />
            <source>共 {n} 项，达标 {ok} 项，未达标 {gaps} 项。</source>
            <translation>{n} categories: {ok} met, {gaps} short.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1121" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1122" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1123" />
            <source>配备标准</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1124" />
            <source>应配</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1125" />
            <source>实有</source>
            <translation>Held</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1126" />
            <source>缺口</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1157" />
            <source>导出 Excel(&amp;X)…</source>
            <translation>E&amp;xport to Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1159" />
            <source>打印 PDF(&amp;P)…</source>
            <translation>&amp;Print PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1182" />
            <source>执法装备配备达标情况报告</source>
            <translation>Equipment compliance report</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1183" />
            <source>装备配备达标情况-{day}.pdf</source>
            <translation>Equipment compliance {day}.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1192" />
            <source>导出配备达标情况</source>
            <translation>Export compliance report</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1193" />
            <source>装备配备达标情况-{day}.xlsx</source>
            <translation>equipment-compliance-{day}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1208" />
            <source>导出失败：{error}</source>
            <translation>Export failed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1210" />
            <source>已导出到 {path}</source>
            <translation>Exported to {path}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <location filename="../../ui/pages/sync.py" line="114" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="114" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="114" />
            <source>数据表</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="114" />
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="114" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="118" />
            <source>冲突（未采用的版本）</source>
            <translation>Conflict (version not used)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="119" />
            <source>县局拒收</source>
            <translation>Refused by the county</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="120" />
            <source>等待附件</source>
            <translation>Awaiting attachment</translation>
        </message>
    </context>
    <context>
        <name>CountyConnectionBox</name>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="43" />
            <source>县局连接</source>
            <translation>County connection</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="51" />
            <source>https://县局服务器地址</source>
            <translation>https://county-server-address</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="53" />
            <source>可不填；县局使用自建证书时选择其 CA 证书（.pem）</source>
            <translation>Optional; when the county uses its own certificate, choose its CA certificate (.pem)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="54" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="60" />
            <source>县局管理员提供的一次性登记码</source>
            <translation>The one-time enrolment code from the county administrator</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="61" />
            <source>登记本机</source>
            <translation>Enrol this computer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="69" />
            <source>登记后，设备令牌只保存在系统钥匙串中；本机会在启动时和每隔几分钟自动与县局同步。</source>
            <translation>After enrolment the device token is kept only in the system keyring; this computer syncs with the county at start and every few minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="76" />
            <source>县局服务器地址</source>
            <translation>County server address</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="77" />
            <source>县局 CA 证书</source>
            <translation>County CA certificate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="78" />
            <source>登记码</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="94" />
            <source>本机已登记到县局（{name}，设备 {device}）。重新登记需要新的登记码。</source>
            <translation>This computer is enrolled with the county ({name}, device {device}). Enrolling again needs a new code.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="99" />
            <source>本机尚未登记到县局，数据只保存在本机。</source>
            <translation>This computer is not enrolled with the county; the data stays on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="126" />
            <source>县局服务器地址无效：请填写完整地址，如 https://county.example.cn</source>
            <translation>The county server address is not valid: enter the full address, e.g. https://county.example.cn</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="129" />
            <source>县局服务器必须使用 https:// 地址（只有本机测试地址 127.0.0.1 / localhost 可用 http）。</source>
            <translation>The county server must use an https:// address (only the local test addresses 127.0.0.1 / localhost may use http).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="132" />
            <source>登记码无效、已使用或已过期：请向县局管理员申请新的登记码。</source>
            <translation>The enrolment code is invalid, used or expired: ask the county administrator for a new one.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="135" />
            <source>本机没有可用的系统钥匙串（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service），设备令牌无法安全保存，登记未进行，登记码未被使用。</source>
            <translation>This computer has no usable system keyring (Windows Credential Manager, macOS Keychain or a Linux Secret Service), so the device token cannot be kept safely; nothing was enrolled and the code was not spent.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="139" />
            <source>无法连接县局服务器：请检查地址、网络和防火墙后再试。</source>
            <translation>Cannot reach the county server: check the address, the network and the firewall, then try again.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="141" />
            <location filename="../../ui/pages/settings_county.py" line="162" />
            <source>县局 CA 证书文件不存在：{path}</source>
            <translation>County CA certificate file not found: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="144" />
            <source>登记失败：{detail}</source>
            <translation>Enrolment failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="154" />
            <source>请填写县局服务器地址。</source>
            <translation>Please enter the county server address.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="158" />
            <source>请填写登记码。</source>
            <translation>Please enter the enrolment code.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_county.py" line="185" />
            <source>已登记到县局：{name}（{code}），设备 {device}。</source>
            <translation>Enrolled with the county: {name} ({code}), device {device}.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../ui/errors.py" line="59" />
            <source>程序出错</source>
            <translation>Program error</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="63" />
            <source>详细信息已写入日志文件：
{path}
请将此文件发给技术支持人员。</source>
            <translation>Details were written to the log file:
{path}
Please send this file to technical support.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="68" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="100" />
            <source>程序遇到意外错误，当前操作未完成。已保存的数据不受影响。</source>
            <translation>An unexpected error occurred and the current action was not completed. Saved data is not affected.</translation>
        </message>
    </context>
    <context>
        <name>CreateUserDialog</name>
        <message>
            <location filename="../../ui/pages/users.py" line="152" />
            <source>新建用户</source>
            <translation>User created</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="156" />
            <source>登录用的名称，字母或数字</source>
            <translation>Name used to log in, letters or digits</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="161" />
            <source>用户名(&amp;U)</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="162" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="163" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="164" />
            <source>初始密码(&amp;P)</source>
            <translation>Initial &amp;password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="165" />
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="166" />
            <source>用户首次登录时须修改密码。</source>
            <translation>The user must change the password at first login.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="179" />
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
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="351" />
            <source>案件期限</source>
            <translation>Case deadlines</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="352" />
            <source>案件状态</source>
            <translation>Cases by status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="356" />
            <source>培训学时（对照 60 学时）</source>
            <translation>Training hours (against 60)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="359" />
            <source>执法证件预警</source>
            <translation>Certificate alerts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="361" />
            <source>装备配备缺口</source>
            <translation>Equipment gaps</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="362" />
            <source>装备维护到期</source>
            <translation>Maintenance due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="364" />
            <source>队伍构成</source>
            <translation>Squad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="366" />
            <source>县局同步</source>
            <translation>County sync</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="377" />
            <location filename="../../ui/pages/dashboard.py" line="390" />
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="450" />
            <source>工作台数据未能读取：{error}</source>
            <translation>The dashboard figures could not be read: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="457" />
            <source>今天：{day}</source>
            <translation>Today: {day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="468" />
            <source>人（在编 {sworn}，辅助 {aux}）</source>
            <translation>people ({sworn} sworn, {aux} auxiliary)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="469" />
            <source>辅助人员未超过在编人数</source>
            <translation>Auxiliaries do not outnumber sworn officers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="470" />
            <source>辅助人员多于在编人数</source>
            <translation>More auxiliaries than sworn officers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="486" />
            <source>没有逾期或即将到期的期限</source>
            <translation>No deadline overdue or due soon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="485" />
            <source>项逾期，{n} 项即将到期</source>
            <translation>overdue, {n} due soon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="490" />
            <source>件案件</source>
            <translation>cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="501" />
            <source>进度正常 {n}</source>
            <translation>On track {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="502" />
            <source>落后 {n}</source>
            <translation>Behind {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="503" />
            <source>难以完成 {n}</source>
            <translation>Unlikely {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="507" />
            <source>人已满 60 学时（{year} 年）</source>
            <translation>officers have 60 hours ({year})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="515" />
            <source>年度培训情况应于 {day} 前报县局</source>
            <translation>Send the annual training report to the county by {day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="518" />
            <source>60 天内没有到期的执法证</source>
            <translation>No certificate expires within 60 days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="520" />
            <source>张执法证 60 天内到期或已过期</source>
            <translation>certificates expire within 60 days or have expired</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="528" />
            <source>{name}：差 {short}（{held}/{required}）</source>
            <translation>{name}: {short} short ({held}/{required})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="533" />
            <source>另有 {n} 类…</source>
            <translation>{n} more…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="536" />
            <source>类未达配备标准（共 {n} 类）</source>
            <translation>categories below the standard (of {n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="537" />
            <source>全部达到配备标准</source>
            <translation>Every category meets the standard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="545" />
            <source>{n} 件领用逾期未还</source>
            <translation>{n} check-outs overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="549" />
            <source>项维护到期（逾期 {n}）</source>
            <translation>due ({n} overdue)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="550" />
            <source>没有到期的维护</source>
            <translation>No maintenance due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="559" />
            <source>未登记县局</source>
            <translation>Not enrolled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="559" />
            <source>本机数据只保存在本机</source>
            <translation>Data is kept on this computer only</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="562" />
            <source>上次同步：{at}</source>
            <translation>Last sync: {at}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="564" />
            <source>上次出错：{error}</source>
            <translation>Last error: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="566" />
            <source>{n} 处冲突待处理</source>
            <translation>{n} conflicts to resolve</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="567" />
            <source>条待上传</source>
            <translation>changes waiting to upload</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="239" />
            <source>作出决定</source>
            <translation>Decide</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="261" />
            <source> 元</source>
            <translation> yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="264" />
            <source>警告（不罚款）</source>
            <translation>Warning (no fine)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="270" />
            <source>罚款超出所选阶次的裁量幅度时必须说明理由</source>
            <translation>Required when the fine is outside the chosen tier's range</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="272" />
            <source>裁量建议</source>
            <translation>Suggested</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="273" />
            <source>决定</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="274" />
            <source>裁量阶次</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="275" />
            <source>罚款</source>
            <translation>Fine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="278" />
            <source>说理</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="279" />
            <source>决定书文号</source>
            <translation>Decision document no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="308" />
            <source>“{tier}”阶次幅度 {lo}–{hi} 元</source>
            <translation>Range of tier “{tier}”: {lo}–{hi} yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="311" />
            <source>；超出幅度，须填写说理</source>
            <translation>; outside the range: reasons required</translation>
        </message>
    </context>
    <context>
        <name>DiscretionPanel</name>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="344" />
            <source>裁量建议</source>
            <translation>Suggested</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="345" />
            <source>裁量情节</source>
            <translation>Discretion facts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="346" />
            <source>决定</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="347" />
            <source>说理</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="355" />
            <source>基准 {version}：符合首违不罚情形，建议不予行政处罚</source>
            <translation>Benchmark {version}: first minor violation, no penalty suggested</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="358" />
            <source>基准 {version}：{tier}，{lo}–{hi} 元</source>
            <translation>Benchmark {version}: {tier}, {lo}–{hi} yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="369" />
            <source>（未填写）</source>
            <translation>(not entered)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="371" />
            <source>尚未决定</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="375" />
            <source>：警告</source>
            <translation>: warning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="377" />
            <source>：罚款 {fine} 元</source>
            <translation>: fine {fine} yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="379" />
            <source>（{tier}阶次，基准 {version}）</source>
            <translation> (tier {tier}, benchmark {version})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_detail.py" line="382" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>DisposeDialog</name>
        <message>
            <location filename="../../ui/pages/seized.py" line="231" />
            <source>处置罚没物品</source>
            <translation>Dispose of seized goods</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="238" />
            <source>必填，例如处罚决定书文号</source>
            <translation>Required, e.g. the penalty decision number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="239" />
            <source>处置后记录关闭，不能再出库。</source>
            <translation>Disposal closes the record; the goods cannot be taken out again.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="241" />
            <source>物品</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="242" />
            <source>处置方式</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="243" />
            <source>处置日期</source>
            <translation>Disposed on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="244" />
            <source>处置依据(&amp;B)</source>
            <translation>&amp;Basis</translation>
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
            <location filename="../../ui/_domain_strings.py" line="14" />
            <source>找不到文书字体文件 {path}。没有内嵌中文字体就无法生成执法文书，请重新安装 SquadDesk 或联系管理员恢复该文件。</source>
            <translation>The document font file {path} is missing. Enforcement documents cannot be produced without an embedded Chinese font; reinstall SquadDesk or ask an administrator to restore the file.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="15" />
            <source>文书字体文件 {path} 无法读取（{detail}）。请重新安装 SquadDesk 或联系管理员。</source>
            <translation>The document font file {path} cannot be read ({detail}). Reinstall SquadDesk or contact an administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="16" />
            <source>本机没有可用的安全凭据存储（当前后端：{backend}）。一案一码签名密钥和电子印章加密密钥只能保存在操作系统的凭据管理器中（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service），不会以明文保存。在此之前无法签发带二维码的文书、加盖电子印章或导入印章，文书只能以草稿形式打印。请在已登录桌面会话、具备安全凭据存储的电脑上使用这些功能。</source>
            <translation>This computer has no usable secure credential store (current backend: {backend}). The QR signing key and the seal encryption key are kept only in the operating system's credential manager (Windows Credential Manager, macOS Keychain or the Linux Secret Service), never in plain text. Until one is available, documents with QR codes cannot be issued, seals cannot be applied or imported, and documents can only be printed as drafts. Use these features on a computer with a logged-in desktop session and a secure credential store.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="17" />
            <source>本乡镇尚未生成一案一码签名密钥，请由管理员在“设置”中生成。</source>
            <translation>This township has no QR signing key yet; an administrator can create one in “Settings”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="18" />
            <source>无法从系统凭据存储读取文书密钥（{detail}）。</source>
            <translation>Cannot read the document key from the system credential store ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="19" />
            <source>无法把文书密钥保存到系统凭据存储（{detail}）。</source>
            <translation>Cannot save the document key to the system credential store ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="20" />
            <source>系统凭据存储中的一案一码签名密钥已损坏，请由管理员重新生成。</source>
            <translation>The QR signing key in the system credential store is damaged; an administrator must create a new one.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="21" />
            <source>本乡镇已有一案一码签名密钥，不能重复生成。</source>
            <translation>This township already has a QR signing key; it cannot be created twice.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="22" />
            <source>本机的系统凭据存储中没有印章加密密钥，印章无法解密。请由管理员重新导入印章。</source>
            <translation>The seal encryption key is not in this computer's credential store, so the seal cannot be decrypted. An administrator must import the seal again.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="23" />
            <source>系统凭据存储中的印章加密密钥已损坏，印章无法解密。</source>
            <translation>The seal encryption key in the credential store is damaged; the seal cannot be decrypted.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="37" />
            <source>密码至少需要 {n} 位。</source>
            <translation>The password must have at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="38" />
            <source>密码不能超过 {n} 位。</source>
            <translation>The password must not be longer than {n} characters.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="39" />
            <source>密码须同时包含字母和数字（或符号）。</source>
            <translation>The password must contain both letters and digits (or symbols).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="47" />
            <source>备份失败：{detail}</source>
            <translation>Backup failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="48" />
            <source>备份文件已损坏，不能用于恢复：{detail}</source>
            <translation>The backup file is damaged and cannot be used for a restore: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="29" />
            <source>请填写{label}。</source>
            <translation>Please fill in {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="31" />
            <source>{label}不能超过 {n} 个字。</source>
            <translation>{label} must not be longer than {n} characters.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="176" />
            <source>用户名须为 2–32 位英文字母、数字或 . _ -。</source>
            <translation>The username must be 2–32 characters: English letters, digits or . _ -.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="177" />
            <source>本数据库已完成初始化设置。</source>
            <translation>This database has already been set up.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="178" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="87" />
            <source>电话号码只能包含数字、空格和 - +。</source>
            <translation>A phone number may contain only digits, spaces and - +.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="179" />
            <source>辅助执法人员不持有行政执法证，请清空执法证号。</source>
            <translation>Auxiliaries hold no enforcement certificate; clear the certificate number.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="180" />
            <source>有效期截止日期早于发证日期。</source>
            <translation>The expiry date is before the issue date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="181" />
            <source>请填写执法证有效期截止日期。</source>
            <translation>Please fill in the certificate's expiry date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="182" />
            <source>找不到关联的用户账户。</source>
            <translation>The linked user account was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="183" />
            <source>该用户账户已关联到其他人员。</source>
            <translation>This user account is already linked to another person.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="131" />
            <source>找不到该人员。</source>
            <translation>This staff member was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="24" />
            <source>印章文件不是有效的 PNG 图片（{detail}）。</source>
            <translation>The seal file is not a valid PNG image ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="25" />
            <source>请选择印章图片文件。</source>
            <translation>Please choose the seal image file.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="26" />
            <source>印章图片不能超过 {mb} MB。</source>
            <translation>The seal image must not be larger than {mb} MB.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="27" />
            <source>印章图片必须是带透明背景（Alpha 通道）的 PNG，否则会遮住日期和文字。请用图片软件去除白色背景后另存为 PNG。</source>
            <translation>The seal image must be a PNG with a transparent background (alpha channel), otherwise it covers the date and text. Remove the white background in an image editor and save it as PNG.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="28" />
            <source>印章图片尺寸应在 {lo}–{hi} 像素之间（当前 {w}×{h}）。</source>
            <translation>The seal image must be {lo}–{hi} pixels (currently {w}×{h}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="30" />
            <source>印章所属单位</source>
            <translation>Seal owner</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="32" />
            <source>印章数据校验失败，可能已被改动。</source>
            <translation>The seal data failed its check; it may have been altered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="33" />
            <source>印章所属类型无效。</source>
            <translation>Invalid seal owner type.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="34" />
            <source>尚未完成初始设置，无法导入印章。</source>
            <translation>Setup is not finished; a seal cannot be imported yet.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="35" />
            <source>找不到该印章。</source>
            <translation>This seal was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="36" />
            <source>印章无法解密：本机凭据存储中的印章密钥与该印章不匹配，或印章数据已被改动。</source>
            <translation>The seal cannot be decrypted: the seal key in this computer's credential store does not match it, or the seal data was altered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="60" />
            <source>找不到文件：{name}</source>
            <translation>File not found: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="56" />
            <source>找不到该案件。</source>
            <translation>This case was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="61" />
            <source>该文件已作为本案证据登记（sha256 {sha}）。</source>
            <translation>This file is already recorded as evidence in this case (sha256 {sha}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="62" />
            <source>找不到该证据。</source>
            <translation>This evidence was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="71" />
            <source>找不到该移送记录。</source>
            <translation>This transfer record was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="72" />
            <source>接收单位</source>
            <translation>Receiving body</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="73" />
            <source>移送理由</source>
            <translation>Reason for transfer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="74" />
            <source>移送函文号</source>
            <translation>Transfer letter no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="75" />
            <source>行动名称</source>
            <translation>Operation name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="76" />
            <source>参加部门</source>
            <translation>Participating departments</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="77" />
            <source>案件当前状态不能移送。</source>
            <translation>The case cannot be transferred in its current state.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="78" />
            <source>该移送已发出。</source>
            <translation>This transfer has already been sent.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="79" />
            <source>移送函尚未发出。</source>
            <translation>The transfer letter has not been sent yet.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="80" />
            <source>已登记回执。</source>
            <translation>The receipt is already recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="81" />
            <source>行动方案</source>
            <translation>Operation plan</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="82" />
            <source>专项联合执法须提前 {n} 日申请，最早可安排在 {day}。</source>
            <translation>A special joint operation must be requested {n} days ahead; the earliest date is {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="83" />
            <source>找不到该联合执法行动。</source>
            <translation>This joint operation was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="84" />
            <source>{d}未参加该联合执法行动。</source>
            <translation>{d} did not take part in this joint operation.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="85" />
            <source>金额须大于零。</source>
            <translation>The amount must be greater than zero.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="86" />
            <source>当事人名称</source>
            <translation>Party name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="89" />
            <source>执法事项</source>
            <translation>Enforcement item</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="90" />
            <source>当事人</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="91" />
            <source>违法时间缺少时区。</source>
            <translation>The time of the violation has no time zone.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="92" />
            <source>发现日期须在违法时间之后、今天之前。</source>
            <translation>The discovery date must be after the violation and not after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="93" />
            <source>罚款金额不能为负数。</source>
            <translation>The fine cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="94" />
            <source>请填写罚款金额，或选择警告。</source>
            <translation>Please enter the fine, or choose a warning.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="95" />
            <source>执法人员</source>
            <translation>Enforcement officers</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="96" />
            <source>承办人</source>
            <translation>Case handler</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="97" />
            <source>只有本案承办人可以执行此操作。</source>
            <translation>Only this case's handler may do this.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="98" />
            <source>延期天数须在 1–365 天之间。</source>
            <translation>An extension must be 1–365 days.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="99" />
            <source>当前用户无权执行此操作。</source>
            <translation>The current user may not do this.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="100" />
            <source>案件移送请使用“移送”功能（需填写移送函信息）。</source>
            <translation>Use “Transfer” to transfer a case (the transfer letter must be filled in).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="102" />
            <source>当场处罚须由在场的持证执法人员本人登记。</source>
            <translation>An on-the-spot penalty must be recorded by a certified officer who was present.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="103" />
            <source>案件已进入审核或决定阶段，不能更换承办人。</source>
            <translation>The case is in review or decision; the handler cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="104" />
            <source>案件已送审，不能更换法制审核人员。</source>
            <translation>The case has been sent for review; the legal reviewer cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="105" />
            <source>案件不在调查取证阶段。</source>
            <translation>The case is not under investigation.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="106" />
            <source>只有本案指定的法制审核人员可以出具审核意见。</source>
            <translation>Only the legal reviewer assigned to this case may give the review opinion.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="107" />
            <source>案件不在法制审核阶段。</source>
            <translation>The case is not in legal review.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="108" />
            <source>案件不在听证阶段。</source>
            <translation>The case is not at the hearing stage.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="109" />
            <source>只有已立案、尚未决定的案件才有办案期限。</source>
            <translation>Only filed cases without a decision have a handling deadline.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="110" />
            <source>没有正在进行的该类中止。</source>
            <translation>There is no running suspension of this kind.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="111" />
            <source>当前用户未关联执法人员档案。</source>
            <translation>The current user is not linked to a staff record.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="112" />
            <source>只有已立案、尚未决定的案件才能延期。</source>
            <translation>Only filed cases without a decision can be extended.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="113" />
            <source>本案当前没有待缴罚款。</source>
            <translation>This case has no fine outstanding.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="115" />
            <source>当前用户（{roles}）无权{what}，需要：{need}。</source>
            <translation>The current user ({roles}) may not {what}; this needs: {need}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="116" />
            <source>尚未完成初始设置（文号前缀），无法签发文书。</source>
            <translation>Setup (document number prefix) is not finished; documents cannot be issued.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="117" />
            <source>文书生成失败：输出不是 PDF。</source>
            <translation>Document generation failed: the output is not a PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="118" />
            <source>文书生成失败：缺少内容摘要。</source>
            <translation>Document generation failed: the content digest is missing.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="119" />
            <source>年份无效：{year}。</source>
            <translation>Invalid year: {year}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="120" />
            <source>找不到该文书。</source>
            <translation>This document was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="121" />
            <source>作废原因</source>
            <translation>Reason for voiding</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="122" />
            <source>重新签发原因</source>
            <translation>Reason for reissuing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="123" />
            <source>尚未完成初始设置，无法生成签名密钥。</source>
            <translation>Setup is not finished; no signing key can be created.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="54" />
            <source>尚未完成初始设置。</source>
            <translation>Setup is not finished.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="8" />
            <source>跳过的标签位数须在 0 到 {n} 之间。</source>
            <translation>Labels to skip must be between 0 and {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="9" />
            <source>请至少选择一件装备再打印标签。</source>
            <translation>Select at least one item before printing labels.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="10" />
            <source>每页标签列数须为 1–20、行数须为 1–40。</source>
            <translation>A label sheet needs 1–20 columns and 1–40 rows.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="11" />
            <source>标签尺寸 {w}×{h} 毫米太小，至少需要 30×15 毫米才能印出可扫描的二维码和编号。</source>
            <translation>Labels of {w}×{h} mm are too small: at least 30×15 mm are needed for a scannable QR code and the tag.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="12" />
            <source>标签边距和间距不能为负数。</source>
            <translation>Label margins and gaps cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="13" />
            <source>{cols}×{rows} 个 {w}×{h} 毫米的标签放不进 {pw}×{ph} 毫米的纸张，请检查标签纸规格和边距。</source>
            <translation>{cols}×{rows} labels of {w}×{h} mm do not fit on {pw}×{ph} mm paper; check the label stock and margins.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="40" />
            <source>备份文件夹不存在：{path}</source>
            <translation>The backup folder does not exist: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="41" />
            <source>所选路径不是文件夹：{path}</source>
            <translation>The chosen path is not a folder: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="42" />
            <source>请选择备份文件夹。</source>
            <translation>Choose a backup folder.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="43" />
            <source>备份文件夹须为完整路径：{path}</source>
            <translation>The backup folder must be a full path: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="44" />
            <source>保留份数须在 1 到 {max} 之间。</source>
            <translation>The number of copies to keep must be between 1 and {max}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="45" />
            <source>备份文件夹无法写入：{path}（{detail}）</source>
            <translation>The backup folder cannot be written to: {path} ({detail})</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="46" />
            <source>未知的备份计划：{value}</source>
            <translation>Unknown backup schedule: {value}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="49" />
            <source>未知的文书类型：{t}。</source>
            <translation>Unknown document type: {t}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="50" />
            <source>未知的文书设置：{key}。</source>
            <translation>Unknown document setting: {key}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="51" />
            <source>乡镇代码应为6–15位数字或字母（行政区划代码）。</source>
            <translation>The township code must be 6–15 digits or letters (administrative division code).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="52" />
            <source>尚未完成初始设置，无法生成文书。</source>
            <translation>Setup is not finished; documents cannot be produced.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="53" />
            <source>找不到案件 {number}。</source>
            <translation>Case {number} was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="55" />
            <source>本案尚未签发处罚决定书，无法公示。</source>
            <translation>No decision has been issued for this case, so there is nothing to disclose.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="57" />
            <source>本案尚未签发{title}。</source>
            <translation>{title} has not been issued for this case yet.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="58" />
            <source>已取消生成卷宗。</source>
            <translation>Building the case archive was cancelled.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="59" />
            <source>公示清单只能保存为 .xlsx 或 .csv 文件。</source>
            <translation>The disclosure list can only be saved as .xlsx or .csv.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="63" />
            <source>案件已结案，不能再登记。</source>
            <translation>The case is closed; nothing more can be recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="64" />
            <source>没有待登记的{label}期限。</source>
            <translation>There is no open {label} deadline to record.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="65" />
            <source>{label}不能晚于今天。</source>
            <translation>{label} cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="66" />
            <source>{label}不能早于 {start}。</source>
            <translation>{label} cannot be earlier than {start}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="67" />
            <source>征求日期</source>
            <translation>Requested on</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="68" />
            <source>听证通知须在举行听证的{n}个工作日前送达当事人：{notice}发出通知，听证最早可安排在 {day}。</source>
            <translation>The hearing notice must reach the party {n} working days before the hearing: with the notice sent on {notice}, the earliest hearing date is {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="69" />
            <source>当事人尚未申请听证，不能安排听证。</source>
            <translation>The party has not asked for a hearing; no hearing can be scheduled.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="70" />
            <source>听证通知最迟应于 {due} 送达，请重新安排听证日期。</source>
            <translation>The hearing notice had to be served by {due}; please schedule a new hearing date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="114" />
            <source>县局执法证状态数据格式不正确：{detail}</source>
            <translation>The county's certificate status data is malformed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="124" />
            <source>文书 {number} 已作废。</source>
            <translation>Document {number} has been voided.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="125" />
            <source>文书 {number} 已作废，不能重新签发。</source>
            <translation>Document {number} has been voided and cannot be reissued.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="126" />
            <source>文书 {number} 已有更新的版本。</source>
            <translation>Document {number} already has a newer version.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="127" />
            <source>未知的装备类别：{category}。</source>
            <translation>Unknown equipment category: {category}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="128" />
            <source>单价不能为负数。</source>
            <translation>The unit price cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="129" />
            <source>非消耗品数量应为 1；消耗品数量不能为负数。</source>
            <translation>A non-consumable item has quantity 1; a consumable's quantity cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="130" />
            <source>找不到该装备。</source>
            <translation>This item of equipment was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="132" />
            <source>{name}已停用，不能领用装备。</source>
            <translation>{name} is deactivated and cannot check out equipment.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="133" />
            <source>乡镇简码应为 2–6 个大写字母（如孝顺镇为 XS）。</source>
            <translation>The township code must be 2–6 capital letters (e.g. XS for 孝顺镇).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="134" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="135" />
            <source>请通过“领用”办理。</source>
            <translation>Please use “Check out”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="136" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="137" />
            <source>归还日期不能早于今天。</source>
            <translation>The return date cannot be before today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="138" />
            <source>发放数量应大于 0。</source>
            <translation>The quantity handed out must be greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="139" />
            <source>周期应为 1–120 个月。</source>
            <translation>The interval must be 1–120 months.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="140" />
            <source>完成日期不能晚于今天。</source>
            <translation>The completion date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="141" />
            <source>费用不能为负数。</source>
            <translation>The cost cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="142" />
            <source>型号 {model} 的序列号 {serial} 已登记。</source>
            <translation>Serial number {serial} of model {model} is already registered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="143" />
            <source>不能在消耗品与非消耗品类别之间更改。</source>
            <translation>An item cannot move between consumable and non-consumable categories.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="144" />
            <source>该装备已领用，请通过“归还”办理。</source>
            <translation>This item is checked out; please use “Return”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="145" />
            <source>装备当前为“{current}”，不能改为“{to}”。</source>
            <translation>The item is “{current}” and cannot be changed to “{to}”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="146" />
            <source>消耗品请办理“发放”，不办理领用。</source>
            <translation>Consumables are handed out with “Hand out”, not checked out.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="147" />
            <source>同一件装备不能同时配发给两人。</source>
            <translation>One item of equipment cannot be issued to two people at once.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="148" />
            <source>{tag} 未被领用，无需归还。</source>
            <translation>{tag} is not checked out; nothing to return.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="149" />
            <source>{tag} 不是消耗品，请办理领用。</source>
            <translation>{tag} is not a consumable; please check it out.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="150" />
            <source>{tag} 库存 {have}，不足发放 {want}。</source>
            <translation>{tag}: only {have} in stock, not enough to hand out {want}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="151" />
            <source>有序列号与已登记的同型号装备重复，未登记任何装备。</source>
            <translation>A serial number duplicates a registered item of the same model; nothing was registered.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="152" />
            <source>他人</source>
            <translation>someone else</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="153" />
            <source>找不到该保养计划。</source>
            <translation>This maintenance plan was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="154" />
            <source>无法读取文件 {name}：不是有效的 Excel 工作簿（.xlsx）。</source>
            <translation>Cannot read {name}: not a valid Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="155" />
            <source>导入未进行，台账未作任何更改：
{details}</source>
            <translation>Nothing was imported and the register is unchanged:
{details}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="156" />
            <source>找不到该罚没物品。</source>
            <translation>This seized item was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="157" />
            <source>数量应大于 0。</source>
            <translation>The quantity must be greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="158" />
            <source>扣押日期不能晚于今天。</source>
            <translation>The seizure date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="159" />
            <source>处置日期不能晚于今天。</source>
            <translation>The disposal date cannot be after today.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="160" />
            <source>该物品当前为“{status}”，不能出库。</source>
            <translation>The item is “{status}” and cannot be taken out of storage.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="161" />
            <source>该物品未出库，无需归库。</source>
            <translation>The item is not out of storage; nothing to return.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="162" />
            <source>该物品当前为“{status}”，不能处置。</source>
            <translation>The item is “{status}” and cannot be disposed of.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="163" />
            <source>处置日期早于扣押日期。</source>
            <translation>The disposal date is before the seizure date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="164" />
            <source>找不到该盘点。</source>
            <translation>This stocktake was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="165" />
            <source>该盘点已结束，不能再修改。</source>
            <translation>This stocktake is finished and cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="166" />
            <source>请扫描或输入{label}。</source>
            <translation>Please scan or enter {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="167" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="168" />
            <source>盘点“{title}”尚未结束，结束盘点后才能打印对账报告。</source>
            <translation>Stock-take “{title}” is still open; close it before printing the reconciliation report.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="169" />
            <source>盘点“{title}”尚未结束，请先结束它。</source>
            <translation>The stocktake “{title}” is not finished; finish it first.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="170" />
            <source>公钥格式不正确（应为32字节的 Ed25519 公钥）：{key}</source>
            <translation>Malformed public key (expected a 32-byte Ed25519 key): {key}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="171" />
            <source>公钥文件格式不正确：缺少 keys 列表。</source>
            <translation>Malformed key file: the “keys” list is missing.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="172" />
            <source>公钥文件格式不正确：缺少乡镇代码。</source>
            <translation>Malformed key file: a township code is missing.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="173" />
            <source>参考数据（{kind}）格式不正确：{detail}</source>
            <translation>Reference data ({kind}) is malformed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="174" />
            <source>未知的参考数据类型：{kind}</source>
            <translation>Unknown kind of reference data: {kind}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="175" />
            <source>参考数据（{kind}）版本 {version} 不比已载入的 {loaded} 新，未更新。</source>
            <translation>Reference data ({kind}) version {version} is not newer than the loaded {loaded}; not updated.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="184" />
            <source>辅助执法人员不持有行政执法证。</source>
            <translation>Auxiliaries hold no enforcement certificate.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="185" />
            <source>该人员尚未登记执法证，请先发证。</source>
            <translation>This person has no certificate on record; issue one first.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="186" />
            <source>执法证当前为“{status}”，不能执行“{action}”。</source>
            <translation>The certificate is “{status}”; “{action}” is not possible.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="187" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="188" />
            <source>新的有效期须晚于原有效期。</source>
            <translation>The new expiry date must be later than the old one.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="189" />
            <source>同步记录不存在（可能已被清理）。</source>
            <translation>The sync record does not exist (it may have been pruned).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="190" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="191" />
            <source>结束日期早于开始日期。</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="192" />
            <source>培训时长须为大于 0 的整数分钟。</source>
            <translation>The training duration must be a whole number of minutes greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="193" />
            <source>请填写学时，或填写培训时长（分钟，45 分钟折 1 学时）。</source>
            <translation>Please fill in the credit hours, or the duration in minutes (45 minutes = 1 hour).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="194" />
            <source>找不到该培训记录。</source>
            <translation>This training record was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="195" />
            <source>参训人员中有 {n} 人在人员名册中找不到。</source>
            <translation>{n} of the participants are not in the staff register.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="196" />
            <source>请只填写学时或时长中的一项。</source>
            <translation>Fill in either credit hours or duration, not both.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="197" />
            <source>截止日期</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="198" />
            <source>考核年度须在 2000 至 {this_year} 年之间。</source>
            <translation>The assessment year must be between 2000 and {this_year}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="223" />
            <source>数据库由更新版本的 SquadDesk 写入（数据库版本 {revision}），本程序无法打开，请升级 SquadDesk。</source>
            <translation>This database was written by a newer SquadDesk (database version {revision}); this program cannot open it. Please update SquadDesk.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="224" />
            <source>升级数据库前的备份失败，数据库未升级：{detail}</source>
            <translation>The backup before upgrading the database failed; the database was not upgraded: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="225" />
            <source>县局服务器拒绝了请求（HTTP {status}）：{message}</source>
            <translation>The county server refused the request (HTTP {status}): {message}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="226" />
            <source>本机没有可用的安全凭据存储（系统钥匙串，当前：{backend}）。与县局同步需要把设备令牌保存在其中：Windows 凭据管理器、macOS 钥匙串，或 Linux 的 Secret Service（如 GNOME Keyring、KWallet）。本程序不会以明文保存令牌。</source>
            <translation>This computer has no usable secure credential store (current: {backend}). Syncing with the county keeps the device token there: Windows Credential Manager, macOS Keychain or the Linux Secret Service (GNOME Keyring, KWallet). SquadDesk never stores the token in plain text.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="227" />
            <source>县局服务器地址无效：{url}（应为 https://…）</source>
            <translation>Invalid county server address: {url} (expected https://…)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="228" />
            <source>县局服务器须使用 HTTPS（地址 {url} 不是 https://）。</source>
            <translation>The county server must use HTTPS ({url} is not https://).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="229" />
            <source>县局拒绝了本机的设备令牌（{message}），请管理员重新登记。</source>
            <translation>The county refused this computer's device token ({message}); an administrator must enrol it again.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="230" />
            <source>数据库尚未初始化，无法同步。</source>
            <translation>The database is not set up yet; nothing to sync.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="231" />
            <source>本机尚未登记到县局：请管理员在“同步”页输入县局地址和登记码。</source>
            <translation>This computer is not enrolled with the county: an administrator enters the county address and enrolment code on the Sync page.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="232" />
            <source>系统钥匙串中没有本机的设备令牌，请管理员重新登记。</source>
            <translation>The system keyring holds no device token for this computer; an administrator must enrol it again.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="233" />
            <source>请先完成初始化，再登记到县局。</source>
            <translation>Finish the first-run set-up before enrolling with the county.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="234" />
            <source>县局返回的乡镇与本机数据库不一致，登记未完成。</source>
            <translation>The county answered for a different township than this database; enrolment not done.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="235" />
            <source>设备令牌无法写入系统钥匙串：{detail}</source>
            <translation>The device token could not be saved in the system keyring: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="236" />
            <source>无法从系统钥匙串读取设备令牌：{detail}</source>
            <translation>The device token could not be read from the system keyring: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="237" />
            <source>县局 CA 证书文件不存在：{path}</source>
            <translation>County CA certificate file not found: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="240" />
            <source>县局的确认与所发批次不符，稍后自动重试。</source>
            <translation>The county's acknowledgement does not match the batch sent; retrying later.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="238" />
            <source>县局的数据页与游标不符，稍后自动重试。</source>
            <translation>The county's page does not match the cursor; retrying later.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="239" />
            <source>无法连接县局服务器（{detail}），稍后自动重试。</source>
            <translation>Cannot reach the county server ({detail}); retrying later.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="241" />
            <source>县局服务器的回答无法解析，稍后自动重试。</source>
            <translation>The county server's answer could not be read; retrying later.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="242" />
            <source>县局未确认文件已完整收到，稍后自动重试。</source>
            <translation>The county did not confirm that the whole file arrived; retrying automatically later.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="243" />
            <source>证据文件在上传过程中发生变化：{sha}</source>
            <translation>An evidence file changed while it was being uploaded: {sha}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="88" />
            <source>请选择{label}。</source>
            <translation>Please choose {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="101" />
            <source>执法事项目录中没有“{item}”。</source>
            <translation>The enforcement catalog has no item “{item}”.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="199" />
            <source>天数 {days} 超过起止日期之间的 {span} 天。</source>
            <translation>{days} days is more than the {span} days between the start and end dates.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="200" />
            <source>学时须为大于 0、不超过 {max} 的数字，最多一位小数。</source>
            <translation>Credit hours must be a number greater than 0 and at most {max}, with at most one decimal place.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="201" />
            <source>该培训未登记学时或时长，请先编辑培训填写学时。</source>
            <translation>This training has no credit hours or duration; edit the training to fill them in.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="202" />
            <source>该人员未登记参加此培训。</source>
            <translation>This person is not registered for this training.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="203" />
            <source>天数须为不小于 0 的数字，最多一位小数。</source>
            <translation>The number of days must be 0 or more, with at most one decimal place.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="204" />
            <source>该培训未登记学时或时长，请填写该人员的学时。</source>
            <translation>This training has no credit hours or duration; fill in this person's hours.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="205" />
            <source>预览之后人员或培训记录已有变动，请重新预览后再导入；未导入任何数据。</source>
            <translation>Staff or training records changed after the preview; preview again before importing. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="206" />
            <source>文件“{name}”前 {rows} 行中找不到表头：缺少“{missing}”列。</source>
            <translation>No header row in the first {rows} rows of “{name}”: column “{missing}” is missing.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="207" />
            <source>文件中没有可导入的记录，未导入任何数据。</source>
            <translation>The file has no records to import; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="208" />
            <source>有 {bad} 行无法导入（见报告）。请确认后再导入其余 {good} 行；未导入任何数据。</source>
            <translation>{bad} rows cannot be imported (see the report). Confirm to import the other {good} rows; nothing was imported yet.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="209" />
            <source>无法读取文件“{name}”：不是有效的 xlsx 文件（{detail}）。</source>
            <translation>Cannot read “{name}”: not a valid xlsx file ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="210" />
            <source>无法打开文件“{name}”：{detail}</source>
            <translation>Cannot open “{name}”: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="211" />
            <source>文件超过 {n} 行，请分批导入。</source>
            <translation>The file has more than {n} rows; import it in parts.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="214" />
            <source>请至少选择一个角色。</source>
            <translation>Please choose at least one role.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="215" />
            <source>找不到该用户。</source>
            <translation>This user was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="216" />
            <source>未登录。</source>
            <translation>Not logged in.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="217" />
            <source>新密码不能与原密码相同。</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="218" />
            <source>该账户已停用，请联系管理员。</source>
            <translation>This account is disabled; please contact an administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="212" />
            <source>密码错误次数过多，账户已锁定，请 {minutes} 分钟后再试。</source>
            <translation>Too many wrong passwords: the account is locked. Try again in {minutes} minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="213" />
            <source>用户名或密码错误（再错 {left} 次将锁定账户）。</source>
            <translation>Wrong username or password ({left} more failures will lock the account).</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="219" />
            <source>用户名“{name}”已被使用。</source>
            <translation>The username “{name}” is already taken.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="220" />
            <source>原密码不正确。</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="221" />
            <source>至少要保留一个启用的管理员账户。</source>
            <translation>At least one active administrator account must remain.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="222" />
            <source>不能停用当前登录的账户。</source>
            <translation>You cannot disable the account you are logged in with.</translation>
        </message>
    </context>
    <context>
        <name>EditUserDialog</name>
        <message>
            <location filename="../../ui/pages/users.py" line="197" />
            <source>修改用户 {name}</source>
            <translation>Edit user {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="205" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="206" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="207" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
    </context>
    <context>
        <name>EquipmentCategory</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="113" />
            <source>复印机</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="114" />
            <source>传真机</source>
            <translation>Fax machine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="115" />
            <source>扫描仪</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="116" />
            <source>投影仪</source>
            <translation>Projector</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="117" />
            <source>打印机</source>
            <translation>Printer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="118" />
            <source>办公电话</source>
            <translation>Office phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="119" />
            <source>计算机</source>
            <translation>Computer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="120" />
            <source>摄像机</source>
            <translation>Video camera</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="121" />
            <source>照相机</source>
            <translation>Still camera</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="122" />
            <source>执法记录仪</source>
            <translation>Body camera</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="123" />
            <source>测量工具</source>
            <translation>Measuring kit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="124" />
            <source>录音设备</source>
            <translation>Audio recorder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="125" />
            <source>移动存储设备</source>
            <translation>Removable drive</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="126" />
            <source>执法车辆</source>
            <translation>Enforcement car</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="127" />
            <source>电动自行车</source>
            <translation>Electric bike</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="128" />
            <source>办公桌椅</source>
            <translation>Desk and chair</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="129" />
            <source>头盔</source>
            <translation>Helmet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="130" />
            <source>执勤包</source>
            <translation>Duty bag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="131" />
            <source>雨具</source>
            <translation>Rain gear</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="132" />
            <source>防暑防寒用品</source>
            <translation>Heat and cold gear</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="133" />
            <source>对讲机</source>
            <translation>Radio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="134" />
            <source>执法手机</source>
            <translation>Enforcement phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="135" />
            <source>防刺背心</source>
            <translation>Stab vest</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="136" />
            <source>防暴盾牌</source>
            <translation>Riot shield</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="137" />
            <source>防割手套</source>
            <translation>Cut-proof gloves</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="138" />
            <source>绝缘靴</source>
            <translation>Insulated boots</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="139" />
            <source>反光背心</source>
            <translation>Reflective vest</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="140" />
            <source>强光手电</source>
            <translation>Torch</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="141" />
            <source>视频监控系统</source>
            <translation>CCTV</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="142" />
            <source>报警装置</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="143" />
            <source>物证袋</source>
            <translation>Evidence bags</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="144" />
            <source>封条</source>
            <translation>Seal tape</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="145" />
            <source>电池</source>
            <translation>Batteries</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="146" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="147" />
            <source>办公设备</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="148" />
            <source>取证设备</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="149" />
            <source>存储设备</source>
            <translation>Storage</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="150" />
            <source>交通工具</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="151" />
            <source>个人装备</source>
            <translation>Personal kit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="152" />
            <source>辅助装备</source>
            <translation>Auxiliary</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="153" />
            <source>防护装备</source>
            <translation>Protective</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="154" />
            <source>安全防范</source>
            <translation>Premises security</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="155" />
            <source>耗材</source>
            <translation>Consumables</translation>
        </message>
    </context>
    <context>
        <name>EquipmentPage</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="186" />
            <source>金额应为不小于 0 的数字，最多两位小数。</source>
            <translation>Enter an amount of 0 or more, with at most two decimals.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="281" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1596" />
            <source>资产编号、名称、型号、序列号（可用扫码枪）</source>
            <translation>Asset tag, name, model, serial number (scanner works)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1600" />
            <source>全部类别</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1604" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1606" />
            <source>全部位置</source>
            <translation>All places</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1607" />
            <source>全部领用人</source>
            <translation>All holders</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1608" />
            <source>清除筛选</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1638" />
            <source>登记(&amp;N)…</source>
            <translation>&amp;Register…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1639" />
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1640" />
            <source>领用(&amp;O)…</source>
            <translation>Check &amp;out…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1641" />
            <source>归还(&amp;R)…</source>
            <translation>&amp;Return…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1642" />
            <source>维护(&amp;M)…</source>
            <translation>&amp;Maintenance…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1643" />
            <source>盘点(&amp;T)…</source>
            <translation>S&amp;tock-take…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1644" />
            <source>导入(&amp;I)…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1645" />
            <source>导出(&amp;X)…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1646" />
            <source>合规检查(&amp;C)</source>
            <translation>&amp;Compliance</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1647" />
            <source>逾期未还</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1648" />
            <source>到期提醒</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1649" />
            <source>打印标签(&amp;L)…</source>
            <translation>Print &amp;labels…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1651" />
            <source>状态变更(&amp;S)</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1655" />
            <source>送修…</source>
            <translation>Send to repair…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1656" />
            <source>修复入库…</source>
            <translation>Back from repair…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1657" />
            <source>报废…</source>
            <translation>Retire…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1658" />
            <source>遗失…</source>
            <translation>Report lost…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1659" />
            <source>找到…</source>
            <translation>Found…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1660" />
            <source>调拨…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1661" />
            <source>发放…</source>
            <translation>Issue…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1738" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1814" />
            <source>共 {n} 件</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1819" />
            <source>逾期未还 ({n})</source>
            <translation>Overdue ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1820" />
            <source>到期提醒 ({n})</source>
            <translation>Due soon ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1835" />
            <source>没有资产编号为 {tag} 的装备。</source>
            <translation>No item has the asset tag {tag}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1954" />
            <source>已保存：{tag}</source>
            <translation>Saved: {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2009" />
            <source>正在生成 {n} 个标签……</source>
            <translation>Making {n} labels…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2013" />
            <source>装备标签（{n} 个）</source>
            <translation>Equipment labels ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2014" />
            <source>装备标签-{day}.pdf</source>
            <translation>Equipment labels {day}.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2042" />
            <source>{tag}：{status}，{place}</source>
            <translation>{tag}: {status}, {place}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2065" />
            <source>导入装备台账</source>
            <translation>Import equipment ledger</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2069" />
            <source>正在读取 {name}……</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2088" />
            <source>已导入 {n} 件装备。</source>
            <translation>Imported {n} items.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2096" />
            <source>导出装备台账</source>
            <translation>Export equipment ledger</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2097" />
            <source>装备台账-{day}.xlsx</source>
            <translation>equipment-ledger-{day}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2102" />
            <source>正在导出……</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="2114" />
            <source>已导出 {n} 件到 {path}</source>
            <translation>Exported {n} items to {path}</translation>
        </message>
    </context>
    <context>
        <name>ExportTarget</name>
        <message>
            <location filename="../../ui/pages/training.py" line="332" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>FilePicker</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="199" />
            <location filename="../../ui/pages/equipment.py" line="210" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>HoldingsDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="465" />
            <source>领用装备：{name}</source>
            <translation>Equipment held: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="469" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="469" />
            <source>名称/型号</source>
            <translation>Name / model</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="469" />
            <source>领用日期</source>
            <translation>Checked out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="469" />
            <source>应还日期</source>
            <translation>Due back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="470" />
            <source>领用时状况</source>
            <translation>Condition when issued</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="478" />
            <source>长期配发</source>
            <translation>Long-term issue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="487" />
            <source>当前未领用装备。</source>
            <translation>Holds no equipment at present.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="490" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HoursChart</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="197" />
            <source>没有在编执法人员</source>
            <translation>No sworn officers</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="995" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="996" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="997" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="998" />
            <source>型号</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="999" />
            <source>序列号</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1000" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1001" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1002" />
            <source>领用人</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1016" />
            <source>导入装备台账：{name}</source>
            <translation>Import equipment ledger: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1019" />
            <source>共 {n} 行，全部可以导入。</source>
            <translation>{n} rows, all can be imported.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1022" />
            <source>共 {n} 行，其中 {bad} 行有问题（红色）。请在 Excel 中改正后重新导入；有问题时不会导入任何一行。</source>
            <translation>{n} rows, {bad} of them with problems (red). Correct them in Excel and import again; while any row has a problem, no row is imported.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1032" />
            <source>行号</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1032" />
            <source>问题</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1052" />
            <source>导入 {n} 行</source>
            <translation>Import {n} rows</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1056" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1549" />
            <source>发放 {tag}</source>
            <translation>Issue {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1558" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1559" />
            <source>库存</source>
            <translation>In stock</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1560" />
            <source>领取人(&amp;P)</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1561" />
            <source>数量(&amp;Q)</source>
            <translation>&amp;Quantity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1562" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1573" />
            <source>请从列表中选择领取人。</source>
            <translation>Choose the person from the list.</translation>
        </message>
    </context>
    <context>
        <name>ItemDetailDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="895" />
            <source>装备 {tag}</source>
            <translation>Equipment {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="900" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="901" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="902" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="903" />
            <source>品牌/型号</source>
            <translation>Brand / model</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="904" />
            <source>序列号</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="905" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="906" />
            <location filename="../../ui/pages/equipment.py" line="923" />
            <source>领用人</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="907" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="908" />
            <source>购置日期</source>
            <translation>Purchased</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="909" />
            <source>单价（元）</source>
            <translation>Unit price (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="910" />
            <source>经费来源</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="913" />
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="915" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="924" />
            <source>领用时间</source>
            <translation>Checked out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="925" />
            <source>应还日期</source>
            <translation>Due back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="926" />
            <source>归还时间</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="927" />
            <source>状况</source>
            <translation>Condition</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="933" />
            <source>长期配发</source>
            <translation>Long-term issue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="944" />
            <source>领用(&amp;O)…</source>
            <translation>Check &amp;out…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="945" />
            <source>归还(&amp;R)…</source>
            <translation>&amp;Return…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="946" />
            <source>维护(&amp;M)…</source>
            <translation>&amp;Maintenance…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="947" />
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="969" />
            <source>领用记录</source>
            <translation>Check-outs</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="451" />
            <source>登记装备</source>
            <translation>Register equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="453" />
            <source>编辑装备 {tag}</source>
            <translation>Edit equipment {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="468" />
            <source>留空则用类别名称</source>
            <translation>Leave empty to use the category name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="476" />
            <source>元，例如 2680.00</source>
            <translation>yuan, e.g. 2680.00</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="488" />
            <source>类别(&amp;C)</source>
            <translation>&amp;Category</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="489" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="490" />
            <source>品牌</source>
            <translation>Brand</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="491" />
            <source>型号</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="492" />
            <source>序列号</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="493" />
            <source>购置日期</source>
            <translation>Purchased</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="494" />
            <source>单价（元）</source>
            <translation>Unit price (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="495" />
            <source>经费来源</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="496" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="497" />
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="498" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="500" />
            <source>资产编号在保存时自动生成；状态和领用人只能通过领用、归还改变。</source>
            <translation>The asset tag is generated when saving; status and holder change only through check-out and return.</translation>
        </message>
    </context>
    <context>
        <name>ItemModel</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="362" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="363" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="364" />
            <source>名称/型号</source>
            <translation>Name / model</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="365" />
            <source>序列号</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="366" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="367" />
            <source>领用人</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="368" />
            <source>位置</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="369" />
            <source>购置日期</source>
            <translation>Purchased</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="391" />
            <source> ×{n}</source>
            <translation> ×{n}</translation>
        </message>
    </context>
    <context>
        <name>ItemStatusDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1469" />
            <source>送修</source>
            <translation>Send to repair</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1470" />
            <source>修复入库</source>
            <translation>Back from repair</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1471" />
            <source>报废处置</source>
            <translation>Scrap</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1472" />
            <source>登记遗失</source>
            <translation>Report lost</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1473" />
            <source>找回入库</source>
            <translation>Found, back in store</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1486" />
            <source>{action} {tag}</source>
            <translation>{action} {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1494" />
            <source>例如：屏幕损坏 / 执勤时丢失 / 在值班室找到</source>
            <translation>e.g. broken screen / lost on patrol / found in the duty room</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1495" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1496" />
            <source>当前状态</source>
            <translation>Current status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1497" />
            <source>改为</source>
            <translation>New status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1498" />
            <source>原因(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
    </context>
    <context>
        <name>JointActionsDialog</name>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="181" />
            <location filename="../../ui/pages/joint_actions.py" line="224" />
            <source>联合执法</source>
            <translation>Joint operations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="182" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="182" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="182" />
            <source>行动名称</source>
            <translation>Operation name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="183" />
            <source>牵头单位</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="183" />
            <source>参加部门</source>
            <translation>Participating departments</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="183" />
            <source>后续立案</source>
            <translation>Follow-up cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="188" />
            <source>立案部门</source>
            <translation>Filing department</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="188" />
            <source>案件编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="188" />
            <source>本队案件</source>
            <translation>Squad case</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="189" />
            <source>发起联合执法…</source>
            <translation>Start joint operation…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="190" />
            <source>登记后续立案…</source>
            <translation>Record follow-up case…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="212" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="257" />
            <source>尚无联合执法行动。</source>
            <translation>No joint operations yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="260" />
            <source>{kind}联合执法：{title}（{day}）</source>
            <translation>{kind} joint operation: {title} ({day})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="263" />
            <source>申请时间：{at}</source>
            <translation>Applied: {at}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="265" />
            <source>报告时间：{at}</source>
            <translation>Reported: {at}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="267" />
            <source>行动方案：{plan}</source>
            <translation>Plan: {plan}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="274" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="287" />
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="301" />
            <source>请先选择一次联合执法行动。</source>
            <translation>Please select a joint operation first.</translation>
        </message>
    </context>
    <context>
        <name>LabelPrintDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1320" />
            <source>A4 标签纸 3×8（70×37 毫米）</source>
            <translation>A4 label sheet 3×8 (70×37 mm)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1321" />
            <source>A4 标签纸 3×7（63.5×38.1 毫米）</source>
            <translation>A4 label sheet 3×7 (63.5×38.1 mm)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1322" />
            <source>A4 标签纸 2×5（99×57 毫米）</source>
            <translation>A4 label sheet 2×5 (99×57 mm)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1329" />
            <source>打印标签</source>
            <translation>Print labels</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1332" />
            <source>选中的装备（{n} 件）</source>
            <translation>Selected items ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1335" />
            <source>当前筛选列表中的全部装备（{n} 件）</source>
            <translation>Every item in the filtered list ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1342" />
            <source>自定义</source>
            <translation>Custom</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1352" />
            <source> 毫米</source>
            <translation> mm</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1354" />
            <source>已用过的标签数：从这张标签纸的第 N+1 个位置开始打印</source>
            <translation>Labels already used: printing starts at position N+1 of the sheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1371" />
            <source>打印范围</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1373" />
            <source>标签纸(&amp;S)</source>
            <translation>Label &amp;sheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1374" />
            <source>每页列数 × 行数</source>
            <translation>Columns × rows per page</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1375" />
            <source>标签尺寸（宽 × 高）</source>
            <translation>Label size (width × height)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1376" />
            <source>跳过已用标签(&amp;K)</source>
            <translation>S&amp;kip used labels</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1382" />
            <source>预览(&amp;P)…</source>
            <translation>&amp;Preview…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1383" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1446" />
            <source>每页 {per} 个，共 {n} 个标签，需 {pages} 页</source>
            <translation>{per} per page, {n} labels, {pages} page(s)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/_domain_strings.py" line="247" />
            <source>真实有效：二维码由发文乡镇签发，内容未被改动。</source>
            <translation>Genuine: the QR code was issued by the township and its content is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="248" />
            <source>验证失败：二维码内容与签名不符，可能被篡改或伪造。</source>
            <translation>Verification failed: the QR content does not match its signature; it may have been altered or forged.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="249" />
            <source>无法验证：没有该乡镇公布的公钥。</source>
            <translation>Cannot verify: the township's published public key is not available.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="250" />
            <source>不是有效的一案一码。</source>
            <translation>Not a valid case QR code.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="251" />
            <source>乡镇（街道）</source>
            <translation>Township (subdistrict)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="252" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="263" />
            <source>辅助执法人员不得从事执法行为</source>
            <translation>Auxiliaries may not carry out enforcement acts</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="264" />
            <source>人员已停用</source>
            <translation>Person deactivated</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="265" />
            <source>无执法证件</source>
            <translation>No enforcement certificate</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="266" />
            <source>执法证橙牌暂扣</source>
            <translation>Certificate: orange card suspension</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="267" />
            <source>执法证红牌注销</source>
            <translation>Certificate: red card cancellation</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="268" />
            <source>执法证尚未生效</source>
            <translation>Certificate not yet valid</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="269" />
            <source>执法证已过期或未登记有效期</source>
            <translation>Certificate expired or no expiry date recorded</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="270" />
            <source>轻微</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="271" />
            <source>一般</source>
            <translation>Ordinary</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="272" />
            <source>较重</source>
            <translation>Serious</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="273" />
            <source>严重</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="274" />
            <source>在库</source>
            <translation>In store</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="275" />
            <source>领用</source>
            <translation>Issued out</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="276" />
            <source>维修</source>
            <translation>Under repair</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="277" />
            <source>报废</source>
            <translation>Scrapped</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="278" />
            <source>遗失</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="279" />
            <source>年检</source>
            <translation>Annual inspection</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="280" />
            <source>保险</source>
            <translation>Insurance</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="281" />
            <source>电池更换</source>
            <translation>Battery replacement</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="282" />
            <source>保养检修</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="283" />
            <source>队长/分管领导</source>
            <translation>Squad leader</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="284" />
            <source>执法队员</source>
            <translation>Enforcement officer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="285" />
            <source>法制审核员</source>
            <translation>Legal reviewer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="286" />
            <source>辅助执法人员</source>
            <translation>Auxiliary</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="287" />
            <source>内勤</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="288" />
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="301" />
            <source>进行中</source>
            <translation>Running</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="302" />
            <source>成功</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="303" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="304" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="305" />
            <source>启动时</source>
            <translation>At start</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="306" />
            <source>定时</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="307" />
            <source>自动重试</source>
            <translation>Automatic retry</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="308" />
            <source>立即同步</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="309" />
            <source>重试</source>
            <translation>Retry</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="310" />
            <source>登记后</source>
            <translation>After enrolment</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="311" />
            <source>命令行</source>
            <translation>Command line</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="312" />
            <source>上级</source>
            <translation>Higher authority</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="313" />
            <source>县</source>
            <translation>County</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="314" />
            <source>本单位</source>
            <translation>Own unit</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="315" />
            <source>公共法律知识</source>
            <translation>General legal knowledge</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="316" />
            <source>业务知识</source>
            <translation>Professional knowledge</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="317" />
            <source>执法技能</source>
            <translation>Enforcement skills</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="318" />
            <source>政治理论</source>
            <translation>Political theory</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="319" />
            <source>道德文明</source>
            <translation>Ethics and conduct</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="320" />
            <source>体能</source>
            <translation>Physical fitness</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="321" />
            <source>线上</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="322" />
            <source>线下</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="323" />
            <source>导师制</source>
            <translation>Mentoring</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="324" />
            <source>驻点培训</source>
            <translation>On-site placement</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="325" />
            <source>大比武</source>
            <translation>Skills competition</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="326" />
            <source>年度学时</source>
            <translation>Annual training hours</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="327" />
            <source>上级组织集中培训</source>
            <translation>Centralised training by higher authority</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="328" />
            <source>本单位集中培训</source>
            <translation>Centralised training by own unit</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="329" />
            <source>集中培训</source>
            <translation>Centralised training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="330" />
            <source>集中培训天数</source>
            <translation>Centralised training days</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="331" />
            <source>执法业务培训</source>
            <translation>Enforcement practice training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="332" />
            <source>道德文明培训</source>
            <translation>Ethics and conduct training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="333" />
            <source>体能培训</source>
            <translation>Physical training</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="337" />
            <source>优秀</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="338" />
            <source>合格</source>
            <translation>Pass</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="339" />
            <source>基本合格</source>
            <translation>Basic pass</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="340" />
            <source>不合格</source>
            <translation>Fail</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="341" />
            <source>60 天内到期</source>
            <translation>Due within 60 days</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="342" />
            <source>30 天内到期</source>
            <translation>Due within 30 days</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="343" />
            <source>已过期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="289" />
            <source>受案</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="290" />
            <source>已立案</source>
            <translation>Filed</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="291" />
            <source>调查取证</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="292" />
            <source>法制审核</source>
            <translation>Legal review</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="293" />
            <source>已告知</source>
            <translation>Notified</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="294" />
            <source>听证</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="295" />
            <source>已决定</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="296" />
            <source>已送达</source>
            <translation>Served</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="297" />
            <source>执行中</source>
            <translation>Enforcing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="298" />
            <source>已结案</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="299" />
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="300" />
            <source>已移送</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="344" />
            <source>每天</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="345" />
            <source>每周</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="346" />
            <source>仅手动</source>
            <translation>Manual only</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="253" />
            <source>立案</source>
            <translation>File the case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="254" />
            <source>作出决定</source>
            <translation>Decide</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="255" />
            <source>当事人申请听证</source>
            <translation>Party requests a hearing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="256" />
            <source>听证通知</source>
            <translation>Hearing notice</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="257" />
            <source>送达</source>
            <translation>Serve</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="258" />
            <source>缴纳罚款</source>
            <translation>Fine paid</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="259" />
            <source>案件移送</source>
            <translation>Transfer the case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="260" />
            <source>紧急移送（24小时）</source>
            <translation>Urgent transfer (24 hours)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="261" />
            <source>部门书面意见</source>
            <translation>Department's written opinion</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="262" />
            <source>结果反馈</source>
            <translation>Result feedback</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="347" />
            <source>受案登记</source>
            <translation>Register case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="348" />
            <source>当场处罚</source>
            <translation>On-the-spot penalty</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="349" />
            <source>调查终结</source>
            <translation>Investigation concluded</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="350" />
            <source>送法制审核</source>
            <translation>Submit for legal review</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="351" />
            <source>事先告知</source>
            <translation>Advance notice</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="352" />
            <source>申请听证</source>
            <translation>Hearing requested</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="353" />
            <source>举行听证</source>
            <translation>Hearing held</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="354" />
            <source>执行</source>
            <translation>Execution</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="355" />
            <source>结案</source>
            <translation>Close case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="356" />
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="358" />
            <source>照片</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="359" />
            <source>录音</source>
            <translation>Audio recording</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="360" />
            <source>录像</source>
            <translation>Video recording</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="361" />
            <source>书证/文件</source>
            <translation>Documentary evidence</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="362" />
            <source>常规</source>
            <translation>Routine</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="363" />
            <source>专项</source>
            <translation>Special</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="364" />
            <source>应急</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="365" />
            <source>巡查发现</source>
            <translation>Found on patrol</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="366" />
            <source>投诉举报</source>
            <translation>Complaint or report</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="367" />
            <source>部门移送</source>
            <translation>Transferred by a department</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="368" />
            <source>上级交办</source>
            <translation>Assigned by higher authority</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="369" />
            <source>数字线索</source>
            <translation>Digital lead</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="370" />
            <source>简易程序</source>
            <translation>Summary procedure</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="371" />
            <source>一般程序</source>
            <translation>Ordinary procedure</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="372" />
            <source>行政处罚</source>
            <translation>Administrative penalty</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="373" />
            <source>不予行政处罚</source>
            <translation>No administrative penalty</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="334" />
            <source>进度正常</source>
            <translation>On track</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="335" />
            <source>进度落后</source>
            <translation>Behind</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="336" />
            <source>难以完成</source>
            <translation>Will miss</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="357" />
            <source>移送</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="374" />
            <source>临时出库</source>
            <translation>Temporarily out</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="375" />
            <source>已处置</source>
            <translation>Disposed of</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="376" />
            <source>退还当事人</source>
            <translation>Returned to the party</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="377" />
            <source>没收销毁</source>
            <translation>Confiscated and destroyed</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="378" />
            <source>没收拍卖</source>
            <translation>Confiscated and auctioned</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="379" />
            <source>没收上缴</source>
            <translation>Confiscated and handed over</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="380" />
            <source>随案移送</source>
            <translation>Transferred with the case</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="381" />
            <source>发证</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="382" />
            <source>换证/延期</source>
            <translation>Renew/extend</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="383" />
            <source>黄牌警告</source>
            <translation>Yellow card (warning)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="384" />
            <source>橙牌暂扣</source>
            <translation>Orange card (suspended)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="385" />
            <source>红牌注销</source>
            <translation>Red card (cancelled)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="386" />
            <source>解除警告/暂扣</source>
            <translation>Warning/suspension lifted</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="387" />
            <source>绿色（有效）</source>
            <translation>Green (valid)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="388" />
            <source>队负责人</source>
            <translation>Squad head</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="389" />
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="390" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="391" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="392" />
            <source>身份证号</source>
            <translation>ID card no.</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="393" />
            <source>课程名称</source>
            <translation>Course name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="394" />
            <source>学习时长（分钟）</source>
            <translation>Study time (minutes)</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="395" />
            <source>学时</source>
            <translation>Credit hours</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="396" />
            <source>完成时间</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="397" />
            <source>课程类别</source>
            <translation>Course category</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="398" />
            <source>可导入</source>
            <translation>Importable</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="399" />
            <source>缺少姓名</source>
            <translation>Name missing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="400" />
            <source>查无此人</source>
            <translation>No such person</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="401" />
            <source>重名无法区分</source>
            <translation>Ambiguous name</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="402" />
            <source>缺少课程名称</source>
            <translation>Course name missing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="403" />
            <source>学时/时长无法识别</source>
            <translation>Hours/duration not recognised</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="404" />
            <source>缺少完成时间</source>
            <translation>Completion time missing</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="405" />
            <source>完成时间无法识别</source>
            <translation>Completion time not recognised</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="406" />
            <source>重复行</source>
            <translation>Duplicate row</translation>
        </message>
        <message>
            <location filename="../../ui/_domain_strings.py" line="407" />
            <source>已登记过</source>
            <translation>Already recorded</translation>
        </message>
    </context>
    <context>
        <name>LinkJointCaseDialog</name>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="147" />
            <source>登记后续立案</source>
            <translation>Record a follow-up case</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="155" />
            <source>本队案件填写案件编号，可关联到案件详情</source>
            <translation>For the squad's own cases enter the case number to link the case</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="156" />
            <source>联合执法</source>
            <translation>Joint operations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="157" />
            <source>立案部门</source>
            <translation>Filing department</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="158" />
            <source>案件编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="164" />
            <source>请填写案件编号。</source>
            <translation>Please enter the case number.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/dialogs/login.py" line="45" />
            <source>登录 - 乡镇综合执法队工作台</source>
            <translation>Log in - Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="49" />
            <source>乡镇综合执法队工作台</source>
            <translation>Township Enforcement Squad Desk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="72" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="73" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="76" />
            <source>登录</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="79" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceAlertsDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1263" />
            <source>保养到期提醒</source>
            <translation>Maintenance due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1268" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1269" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1270" />
            <source>项目</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1271" />
            <source>到期日</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1272" />
            <source>情况</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1280" />
            <source>已逾期 {n} 天</source>
            <translation>{n} days overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1282" />
            <source>{n} 天后到期</source>
            <translation>due in {n} days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1290" />
            <source>近期没有到期的保养项目。</source>
            <translation>No maintenance is due soon.</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="777" />
            <source>维护：{item}</source>
            <translation>Maintenance: {item}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="778" />
            <source>保养计划</source>
            <translation>Schedules</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="779" />
            <source>维护记录</source>
            <translation>Maintenance records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="784" />
            <source>添加计划(&amp;S)…</source>
            <translation>Add &amp;schedule…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="785" />
            <source>记录维护(&amp;R)…</source>
            <translation>&amp;Record maintenance…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="807" />
            <location filename="../../ui/pages/equipment.py" line="817" />
            <source>项目</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="808" />
            <source>到期日</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="809" />
            <source>周期</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="810" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="811" />
            <location filename="../../ui/pages/equipment.py" line="820" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="816" />
            <source>完成日期</source>
            <translation>Done on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="818" />
            <source>费用（元）</source>
            <translation>Cost (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="819" />
            <source>维修单位</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="827" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="828" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="829" />
            <source>未到期</source>
            <translation>Not due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="835" />
            <source>{n} 个月</source>
            <translation>{n} months</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="837" />
            <source>不重复</source>
            <translation>One-off</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceRecordDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="710" />
            <source>记录维护：{tag}</source>
            <translation>Record maintenance: {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="718" />
            <source>（不对应计划）</source>
            <translation>(no schedule)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="721" />
            <source>{kind}，到期 {due}</source>
            <translation>{kind}, due {due}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="730" />
            <source>元</source>
            <translation>yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="733" />
            <source>对应计划</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="734" />
            <source>项目</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="735" />
            <source>完成日期</source>
            <translation>Done on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="736" />
            <source>费用（元）</source>
            <translation>Cost (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="737" />
            <source>维修单位</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="738" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/widgets.py" line="156" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="172" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>MonthBarChart</name>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="54" />
            <source>{m}月</source>
            <translation>{m}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="68" />
            <source>没有数据</source>
            <translation>No data</translation>
        </message>
    </context>
    <context>
        <name>OfficerModel</name>
        <message>
            <location filename="../../ui/pages/training.py" line="227" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="228" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="229" />
            <source>学时</source>
            <translation>Credit hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="230" />
            <source>本类别学时</source>
            <translation>Hours of this type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="231" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="232" />
            <source>每月尚需</source>
            <translation>Needed / month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="233" />
            <source>集中培训</source>
            <translation>Centralised training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="234" />
            <source>天数</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="235" />
            <source>职务要求</source>
            <translation>Role requirements</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="241" />
            <source>计入 60 学时的公共法律知识、业务知识、执法技能学时</source>
            <translation>Hours of legal knowledge, business knowledge and enforcement skills, counted towards the 60</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="243" />
            <source>距年底每月还需的学时</source>
            <translation>Hours still needed per month until the year end</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="254" />
            <source>达标</source>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="271" />
            <source>{name}（已停用）</source>
            <translation>{name} (deactivated)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="303" />
            <source>全部类别 {total} 学时</source>
            <translation>All types: {total} hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="306" />
            <source>上级（含县）组织 {sup} 次，本单位组织 {own} 次</source>
            <translation>Organised by superiors (incl. county): {sup}; by the squad: {own}</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../ui/pages/_forms.py" line="145" />
            <source>未填写</source>
            <translation>Not set</translation>
        </message>
    </context>
    <context>
        <name>OverdueDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1223" />
            <source>逾期未还</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1228" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1229" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1230" />
            <source>领用人</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1231" />
            <source>领用时间</source>
            <translation>Checked out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1232" />
            <source>应还日期</source>
            <translation>Due back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1233" />
            <source>逾期天数</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1249" />
            <source>没有逾期未还的装备。</source>
            <translation>No overdue check-outs.</translation>
        </message>
    </context>
    <context>
        <name>PdfOutputs</name>
        <message>
            <location filename="../../ui/pdf_outputs.py" line="55" />
            <source>无法生成 PDF：{error}</source>
            <translation>Could not make the PDF: {error}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../ui/documents_preview.py" line="76" />
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="77" />
            <source>另存为…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="78" />
            <source>放大</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="79" />
            <source>缩小</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="80" />
            <source>适合宽度</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="81" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="83" />
            <source>打印（Ctrl+P）</source>
            <translation>Print (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="106" />
            <source>共 {n} 页</source>
            <translation>{n} pages</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="108" />
            <source>本机缺少 QtPdf 组件，无法预览和打印；可以“另存为”后用 PDF 阅读器打开。</source>
            <translation>QtPdf is not installed on this computer, so there is no preview or printing; use “Save as…” and open the file in a PDF reader.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="127" />
            <source>另存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="128" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="187" />
            <source>正在打印…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="187" />
            <location filename="../../ui/documents_preview.py" line="285" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="192" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="192" />
            <source>无法启动打印机。</source>
            <translation>The printer could not be started.</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="243" />
            <source>{title}（草稿）</source>
            <translation>{title} (draft)</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="261" />
            <location filename="../../ui/documents_preview.py" line="286" />
            <source>卷宗</source>
            <translation>Case archive</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="285" />
            <source>正在生成卷宗…</source>
            <translation>Building the case archive…</translation>
        </message>
        <message>
            <location filename="../../ui/documents_preview.py" line="297" />
            <source>正在生成卷宗：{what}</source>
            <translation>Building the case archive: {what}</translation>
        </message>
    </context>
    <context>
        <name>PersonCombo</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="235" />
            <source>输入姓名查找</source>
            <translation>Type a name to search</translation>
        </message>
    </context>
    <context>
        <name>QrVerifyDialog</name>
        <message>
            <location filename="../../ui/qr_verify_dialog.py" line="29" />
            <source>一案一码核验</source>
            <translation>Verify a case QR code</translation>
        </message>
        <message>
            <location filename="../../ui/qr_verify_dialog.py" line="32" />
            <source>粘贴或扫描二维码内容（以 SD1. 开头）：</source>
            <translation>Paste or scan the QR code text (starts with SD1.):</translation>
        </message>
        <message>
            <location filename="../../ui/qr_verify_dialog.py" line="36" />
            <source>核验</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location filename="../../ui/qr_verify_dialog.py" line="44" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ReconLineModel</name>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="105" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="105" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="105" />
            <source>台账位置</source>
            <translation>Recorded at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="105" />
            <source>情况</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="119" />
            <source>在 {place} 发现</source>
            <translation>seen at {place}</translation>
        </message>
    </context>
    <context>
        <name>RegisterCaseDialog</name>
        <message>
            <location filename="../../ui/pages/cases.py" line="796" />
            <source>受案登记</source>
            <translation>Register case</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="804" />
            <source>案件来源</source>
            <translation>Case source</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="807" />
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="834" />
            <source>违法地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="835" />
            <source>违法时间</source>
            <translation>Time of the act</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="836" />
            <source>发现日期</source>
            <translation>Discovered on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="837" />
            <source>执法事项</source>
            <translation>Enforcement item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="838" />
            <source>裁量情节</source>
            <translation>Discretion facts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="839" />
            <source>违法事实</source>
            <translation>Facts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="840" />
            <source>承办人</source>
            <translation>Case handler</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="859" />
            <source>请从执法事项目录中选择执法事项。</source>
            <translation>Choose an enforcement item from the catalog.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../ui/pages/users.py" line="227" />
            <source>重置 {name} 的密码</source>
            <translation>Reset the password of {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="235" />
            <source>新密码(&amp;P)</source>
            <translation>New &amp;password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="236" />
            <source>再次输入新密码</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="237" />
            <source>重置后账户解除锁定，用户下次登录时须修改密码。</source>
            <translation>Resetting unlocks the account; the user must change the password at next login.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="245" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="607" />
            <source>归还 {tag}</source>
            <translation>Return {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="615" />
            <source>长期配发</source>
            <translation>Long-term issue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="616" />
            <source>{holder}，{out} 领用，应还 {due}</source>
            <translation>{holder}, checked out {out}, due back {due}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="625" />
            <source>例如：完好 / 镜头有划痕</source>
            <translation>e.g. fine / scratched lens</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="626" />
            <source>有损坏，直接送修</source>
            <translation>Damaged: send to repair</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="631" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="632" />
            <source>领用情况</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="633" />
            <source>归还时状况(&amp;C)</source>
            <translation>&amp;Condition on return</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="635" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
    </context>
    <context>
        <name>RunsModel</name>
        <message>
            <location filename="../../ui/pages/sync.py" line="62" />
            <source>开始时间</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="63" />
            <source>结束时间</source>
            <translation>Finished</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="64" />
            <source>触发</source>
            <translation>Trigger</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="65" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="66" />
            <source>上传</source>
            <translation>Upload</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="67" />
            <source>下载</source>
            <translation>Download</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="68" />
            <source>冲突</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="69" />
            <source>错误信息</source>
            <translation>Error</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="664" />
            <source>保养计划：{tag}</source>
            <translation>Maintenance schedule: {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="677" />
            <source>不重复</source>
            <translation>One-off</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="678" />
            <source> 个月</source>
            <translation> months</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="680" />
            <source>项目</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="681" />
            <source>到期日</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="682" />
            <source>周期</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="683" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>SeizedDialog</name>
        <message>
            <location filename="../../ui/pages/seized.py" line="130" />
            <source>罚没物品入库</source>
            <translation>Take in seized goods</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="134" />
            <source>例如：孝顺镇综执罚决字〔2026〕第12号</source>
            <translation>e.g. 孝顺镇综执罚决字〔2026〕第12号</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="140" />
            <source>件</source>
            <translation>pcs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="141" />
            <source>罚没物品库</source>
            <translation>Seized-goods store</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="146" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="148" />
            <source>案件编号(&amp;C)</source>
            <translation>&amp;Case number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="149" />
            <source>物品描述</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="150" />
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="151" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="152" />
            <source>扣押日期</source>
            <translation>Seized on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="153" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>SeizedGoodsPage</name>
        <message>
            <location filename="../../ui/pages/seized.py" line="305" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="309" />
            <source>按案件编号或物品查找</source>
            <translation>Search by case number or item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="322" />
            <source>入库登记(&amp;N)…</source>
            <translation>Take &amp;in…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="323" />
            <source>出库(&amp;O)…</source>
            <translation>Take &amp;out…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="324" />
            <source>归库(&amp;B)…</source>
            <translation>&amp;Bring back…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="325" />
            <source>处置(&amp;D)…</source>
            <translation>&amp;Dispose…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="326" />
            <source>出入库记录(&amp;H)</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="361" />
            <source>罚没物品</source>
            <translation>Seized goods</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="387" />
            <source>共 {n} 项</source>
            <translation>{n} records</translation>
        </message>
    </context>
    <context>
        <name>SeizedHistoryDialog</name>
        <message>
            <location filename="../../ui/pages/seized.py" line="265" />
            <source>入库</source>
            <translation>Taken in</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="266" />
            <source>出库</source>
            <translation>Taken out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="267" />
            <source>归库</source>
            <translation>Bring back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="268" />
            <source>处置</source>
            <translation>Disposal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="277" />
            <source>出入库记录：{good}</source>
            <translation>History: {good}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="280" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="280" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="280" />
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="280" />
            <source>事由</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>SeizedModel</name>
        <message>
            <location filename="../../ui/pages/seized.py" line="88" />
            <source>案件编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="89" />
            <source>物品</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="90" />
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="91" />
            <source>存放地点</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="92" />
            <source>扣押日期</source>
            <translation>Seized on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="93" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="94" />
            <source>处置</source>
            <translation>Disposal</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/pages/_forms.py" line="206" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/_forms.py" line="209" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="65" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="70" />
            <source>更改语言后，重新启动程序生效。</source>
            <translation>A new language takes effect when the program is restarted.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="73" />
            <source>语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="84" />
            <source>乡镇与执法队</source>
            <translation>Township and squad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="98" />
            <source>乡镇（街道）名称</source>
            <translation>Township (subdistrict) name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="100" />
            <source>执法队名称</source>
            <translation>Squad name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="101" />
            <source>文书编号前缀</source>
            <translation>Document number prefix</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="102" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="139" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="162" />
            <source>已保存。重新启动程序后界面将使用：{language}</source>
            <translation>Saved. After a restart the interface will be in: {language}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="185" />
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="190" />
            <source>印章管理</source>
            <translation>Seals</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="192" />
            <source>本镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="193" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="197" />
            <location filename="../../ui/pages/settings.py" line="239" />
            <source>所属</source>
            <translation>Owner type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="197" />
            <location filename="../../ui/pages/settings.py" line="240" />
            <source>单位名称</source>
            <translation>Owner name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="197" />
            <source>导入时间</source>
            <translation>Imported at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="197" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="205" />
            <source>尚未导入印章。未导入印章时，文书签发后不加盖印章。</source>
            <translation>No seal imported yet. Until one is, documents are issued without a seal.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="214" />
            <source>印章上的单位全称，如：孝顺镇人民政府</source>
            <translation>The full name of the unit on the seal, e.g. 孝顺镇人民政府</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="217" />
            <source>请选择带透明背景的 PNG 图片。部门印章用于联合执法案件，单位名称须与联合执法行动的牵头部门名称一致。</source>
            <translation>Choose a PNG image with a transparent background. Department seals are used for joint-enforcement cases; the owner name must match the lead department of the joint action exactly.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="227" />
            <source>导入印章…</source>
            <translation>Import seal…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="229" />
            <source>停用</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="305" />
            <source>选择印章图片</source>
            <translation>Choose the seal image</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="307" />
            <source>PNG 图片 (*.png);;所有文件 (*)</source>
            <translation>PNG images (*.png);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="316" />
            <source>停用印章</source>
            <translation>Disable seal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="317" />
            <source>停用“{owner}”的印章。已加盖该印章的文书不受影响。停用原因：</source>
            <translation>Disable the seal of “{owner}”. Documents already sealed with it are not affected. Reason:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="338" />
            <source>无法读取文件：{detail}</source>
            <translation>Cannot read the file: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="355" />
            <source>已导入印章：{owner}（SHA-256 {sha}）</source>
            <translation>Seal imported: {owner} (SHA-256 {sha})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="365" />
            <source>请先在列表中选择一枚印章。</source>
            <translation>Select a seal in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="377" />
            <source>已停用印章：{owner}</source>
            <translation>Seal disabled: {owner}</translation>
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
        <name>Shortcuts</name>
        <message>
            <location filename="../../ui/shortcuts.py" line="41" />
            <source>新建简易程序案件（当场处罚）</source>
            <translation>New summary case (on-the-spot penalty)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="42" />
            <source>案件页：简易程序案件</source>
            <translation>Cases page: summary case</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="43" />
            <source>搜索：跳到当前页的搜索框</source>
            <translation>Search: go to the search box of the current page</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="44" />
            <source>打印正在预览的文书</source>
            <translation>Print the document being previewed</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="45" />
            <source>立即与县局同步</source>
            <translation>Sync with the county now</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="46" />
            <source>对话框：保存（确定）</source>
            <translation>Dialogs: save (OK)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="47" />
            <source>简易程序表单：保存并新建下一件</source>
            <translation>Summary case form: save and start the next one</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="48" />
            <source>对话框：取消并关闭</source>
            <translation>Dialogs: cancel and close</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="49" />
            <source>下一个 / 上一个输入项</source>
            <translation>Next / previous field</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="50" />
            <source>显示本快捷键列表</source>
            <translation>Show this list of shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="51" />
            <source>退出程序</source>
            <translation>Quit SquadDesk</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts.py" line="68" />
            <source>键盘快捷键</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="72" />
            <source>按键</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="72" />
            <source>作用</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="83" />
            <source>在表单中按 Tab 依次经过各输入项；按钮上带下划线的字母可与 Alt 同按。</source>
            <translation>In forms, Tab moves through the fields in order; press Alt with a button's underlined letter to use it.</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="87" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>StaffActiveDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="434" />
            <source>停用人员 {name}</source>
            <translation>Deactivate {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="436" />
            <source>启用人员 {name}</source>
            <translation>Re-activate {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="442" />
            <source>必填，例如调离、退休</source>
            <translation>Required, e.g. transferred or retired</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="442" />
            <source>必填，例如重新入队</source>
            <translation>Required, e.g. rejoined the squad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="444" />
            <source>原因(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="446" />
            <source>停用后该人员不再计入队伍人数，也不能办案；记录保留。</source>
            <translation>A deactivated member no longer counts towards the squad and cannot handle cases; the records are kept.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="212" />
            <source>新增人员</source>
            <translation>Staff member added</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="214" />
            <source>编辑人员 {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="232" />
            <source>未填写</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="232" />
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="232" />
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="237" />
            <source>（不关联）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="254" />
            <source>姓名(&amp;N)</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="255" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="256" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="257" />
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="258" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="260" />
            <source>登录账户</source>
            <translation>Login account</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="261" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="262" />
            <source>发证机关</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="263" />
            <source>发证日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="264" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="265" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="266" />
            <source>证件状态只能通过“证件操作”改变。辅助执法人员不持有执法证。</source>
            <translation>The certificate status changes only through “Certificate action”. Auxiliaries hold no enforcement certificate.</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="112" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="113" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="114" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="115" />
            <source>执法证号</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="116" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="117" />
            <source>证件状态</source>
            <translation>Certificate status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="118" />
            <source>可否办案</source>
            <translation>May handle cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="119" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="128" />
            <source>未发证</source>
            <translation>No certificate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="134" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="136" />
            <source>是（黄牌警告）</source>
            <translation>Yes (yellow card)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="137" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="153" />
            <source>{name}（已停用）</source>
            <translation>{name} (deactivated)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="177" />
            <source>执法证已过期</source>
            <translation>Certificate expired</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../ui/pages/staff.py" line="559" />
            <source>全部人员</source>
            <translation>All staff</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="564" />
            <source>显示已停用</source>
            <translation>Show deactivated</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="566" />
            <source>按姓名或执法证号查找（可用扫码枪）</source>
            <translation>Find by name or certificate no. (barcode scanner works)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="581" />
            <source>新增人员(&amp;N)</source>
            <translation>&amp;New member</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="582" />
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="583" />
            <source>证件操作(&amp;C)…</source>
            <translation>&amp;Certificate action…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="584" />
            <location filename="../../ui/pages/staff.py" line="713" />
            <source>停用人员(&amp;D)</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="585" />
            <source>证件记录(&amp;H)</source>
            <translation>Certificate &amp;history</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="586" />
            <source>领用装备(&amp;Q)</source>
            <translation>E&amp;quipment held</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="638" />
            <source>人员与证件</source>
            <translation>Staff and certificates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="653" />
            <source>在编执法队员 {sworn} 人，辅助人员 {aux} 人</source>
            <translation>{sworn} sworn officers, {aux} auxiliaries</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="658" />
            <source>辅助人员多于在编执法队员，不符合规定</source>
            <translation>More auxiliaries than sworn officers: not allowed by the rules</translation>
        </message>
        <message>
            <location filename="../../ui/pages/staff.py" line="711" />
            <source>启用人员(&amp;D)</source>
            <translation>Re-&amp;activate</translation>
        </message>
    </context>
    <context>
        <name>StartJointActionDialog</name>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="83" />
            <source>发起联合执法</source>
            <translation>Start a joint operation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="96" />
            <source>用“、”分隔，如：市场监管所、派出所</source>
            <translation>Separate with “、” or commas, e.g. 市场监管所、派出所</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="103" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="104" />
            <source>行动名称</source>
            <translation>Operation name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="105" />
            <source>行动日期</source>
            <translation>Operation date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="106" />
            <source>牵头单位</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="107" />
            <source>参加部门</source>
            <translation>Participating departments</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="108" />
            <source>行动方案</source>
            <translation>Operation plan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="123" />
            <source>常规联合执法：按计划开展。</source>
            <translation>Regular joint operation: carried out as planned.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="124" />
            <source>专项联合执法：须附行动方案，提前 {n} 日申请。</source>
            <translation>Special joint operation: needs a plan and must be applied for {n} days ahead.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="126" />
            <source>应急联合执法：立即开展，登记即视为已报告。</source>
            <translation>Emergency joint operation: starts at once; registering it counts as the report.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/joint_actions.py" line="132" />
            <source>请填写参加部门。</source>
            <translation>Please enter the participating departments.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../ui/startup.py" line="104" />
            <source>恢复失败：{detail}</source>
            <translation>Restore failed: {detail}</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="109" />
            <source>数据库已从 {time} 的备份恢复；损坏的文件保留为 {aside}</source>
            <translation>The database was restored from the backup of {time}; the damaged file was kept as {aside}</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="150" />
            <source>正在生成演示数据库…</source>
            <translation>Building the demo database…</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="152" />
            <source>首次启动</source>
            <translation>First start</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="163" />
            <source>正在生成演示数据：{step}（{done}/{total}）</source>
            <translation>Building demo data: {step} ({done}/{total})</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="186" />
            <source>这是演示数据库。演示管理员用户名：{user}，密码：{password}</source>
            <translation>This is a demo database. Demo administrator: username {user}, password {password}</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="416" />
            <source>今日自动备份已完成。</source>
            <translation>Today's automatic backup is done.</translation>
        </message>
        <message>
            <location filename="../../ui/startup.py" line="427" />
            <source>自动备份失败：{detail}</source>
            <translation>Automatic backup failed: {detail}</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="108" />
            <source>{year} 年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="109" />
            <source>全部年度</source>
            <translation>All years</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="111" />
            <source>导出执法业务台账…</source>
            <translation>Export the enforcement ledger…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="121" />
            <source>案件总数</source>
            <translation>Total cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="121" />
            <source>一般程序</source>
            <translation>Ordinary procedure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="122" />
            <source>简易程序</source>
            <translation>Summary procedure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="122" />
            <source>罚款（元）</source>
            <translation>Fines (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="123" />
            <source>已缴（元）</source>
            <translation>Paid (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="123" />
            <source>逾期期限</source>
            <translation>Overdue deadlines</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="134" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="134" />
            <location filename="../../ui/pages/case_stats.py" line="135" />
            <source>件数</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="135" />
            <source>执法事项</source>
            <translation>Enforcement item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="138" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="142" />
            <source>按月案件数（发现日期）</source>
            <translation>Cases per month (date discovered)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="144" />
            <source>按状态</source>
            <translation>By status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="146" />
            <source>按执法事项</source>
            <translation>By enforcement item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="160" />
            <source>统计</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="222" />
            <source>统计未能完成：{error}</source>
            <translation>Statistics could not be computed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="227" />
            <source>执法业务台账{year}.xlsx</source>
            <translation>enforcement-ledger-{year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="234" />
            <source>正在导出……</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="243" />
            <source>已导出 {n} 件案件：{path}</source>
            <translation>Exported {n} cases: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/case_stats.py" line="249" />
            <source>导出失败：{error}</source>
            <translation>Export failed: {error}</translation>
        </message>
    </context>
    <context>
        <name>StatusBars</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="152" />
            <source>没有案件</source>
            <translation>No cases</translation>
        </message>
    </context>
    <context>
        <name>StocktakeDialog</name>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="54" />
            <source>相符</source>
            <translation>found</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="55" />
            <source>位置不符</source>
            <translation>wrong place</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="56" />
            <source>未见</source>
            <translation>missing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="57" />
            <source>台账中没有此编号</source>
            <translation>not in the register</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="58" />
            <source>已登记遗失，现找到</source>
            <translation>recorded lost, found</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="59" />
            <source>已报废</source>
            <translation>recorded retired</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="60" />
            <source>已领用，未归还</source>
            <translation>checked out, not returned</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="61" />
            <source>维修中</source>
            <translation>in repair</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="266" />
            <source>装备盘点</source>
            <translation>Stock-take</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="272" />
            <source>{day} 盘点</source>
            <translation>Stock-take {day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="275" />
            <location filename="../../ui/pages/stocktake.py" line="421" />
            <location filename="../../ui/pages/stocktake.py" line="437" />
            <source>全部位置</source>
            <translation>All places</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="278" />
            <source>开始盘点(&amp;S)</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="288" />
            <source>开始新的盘点</source>
            <translation>Start a new stock-take</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="291" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="293" />
            <source>盘点范围</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="298" />
            <source>范围内“在库”的装备为应盘装备；扫描到的其他装备按异常列出。</source>
            <translation>Items in store within the scope are expected; any other item scanned is listed as unexpected.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="312" />
            <source>扫描资产标签，或输入资产编号后按回车</source>
            <translation>Scan an asset label, or type the asset tag and press Enter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="334" />
            <source>勾选项已清点(&amp;K)</source>
            <translation>Tic&amp;ked items seen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="345" />
            <source>结束盘点(&amp;E)…</source>
            <translation>&amp;End stock-take…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="353" />
            <source>资产编号</source>
            <translation>Asset tag</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="355" />
            <source>发现位置</source>
            <translation>Seen at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="375" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="381" />
            <source>打印对账报告(&amp;P)…</source>
            <translation>&amp;Print reconciliation report…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="419" />
            <source>上次盘点：{title}（{scope}），{day} 结束。</source>
            <translation>Last stock-take: {title} ({scope}), ended {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="436" />
            <source>盘点：{title}　范围：{scope}</source>
            <translation>Stock-take: {title}   Scope: {scope}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="472" />
            <source>应盘 {expected}　已扫描 {scanned}　相符 {found}　&lt;span style='color:#c62828'&gt;未见 {missing}&lt;/span&gt;　&lt;span style='color:#ef6c00'&gt;位置不符 {wrong}&lt;/span&gt;　&lt;span style='color:#6a1b9a'&gt;异常 {unexpected}&lt;/span&gt;</source>
            <translation>Expected {expected}&amp;nbsp;&amp;nbsp; Scanned {scanned}&amp;nbsp;&amp;nbsp; Found {found}&amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;Missing {missing}&lt;/span&gt;&amp;nbsp;&amp;nbsp; &lt;span style='color:#ef6c00'&gt;Wrong place {wrong}&lt;/span&gt;&amp;nbsp;&amp;nbsp; &lt;span style='color:#6a1b9a'&gt;Unexpected {unexpected}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="488" />
            <source>未见 ({n})</source>
            <translation>Missing ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="489" />
            <source>位置不符 ({n})</source>
            <translation>Wrong place ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="490" />
            <source>异常 ({n})</source>
            <translation>Unexpected ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="495" />
            <source>勾选项已清点 ({n})(&amp;K)</source>
            <translation>Tic&amp;ked items seen ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="519" />
            <source>位置不符（台账位置与发现位置不同）</source>
            <translation>wrong place (seen somewhere else than recorded)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="521" />
            <source>{tag} {name}：{what}</source>
            <translation>{tag} {name}: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="525" />
            <source>{tag}：{what}</source>
            <translation>{tag}: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="527" />
            <source>（重复扫描）</source>
            <translation> (scanned again)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="547" />
            <source>已勾选清点 {n} 件</source>
            <translation>{n} ticked items recorded as seen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="573" />
            <source>盘点已结束：{lost} 件登记遗失，{moved} 件更新位置，{recovered} 件恢复在库。</source>
            <translation>Stock-take ended: {lost} items recorded lost, {moved} moved, {recovered} back in store.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="588" />
            <source>打印“{title}”的对账报告</source>
            <translation>Print the reconciliation report of “{title}”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="608" />
            <source>装备盘点对账报告</source>
            <translation>Stock-take reconciliation report</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stocktake.py" line="609" />
            <source>装备盘点对账报告-{day}.pdf</source>
            <translation>Stock-take report {day}.pdf</translation>
        </message>
    </context>
    <context>
        <name>SummaryCaseDialog</name>
        <message>
            <location filename="../../ui/pages/cases.py" line="625" />
            <source>简易程序（当场处罚）</source>
            <translation>Summary procedure (on-the-spot penalty)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="646" />
            <source>罚款</source>
            <translation>Fine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="647" />
            <source>警告</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="652" />
            <source> 元</source>
            <translation> yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="654" />
            <source>当场缴纳</source>
            <translation>Paid on the spot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="668" />
            <source>罚款超出裁量幅度时必填（说理）</source>
            <translation>Required when the fine is outside the range (reasons)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="677" />
            <source>违法地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="678" />
            <source>违法时间</source>
            <translation>Time of the act</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="679" />
            <source>执法事项</source>
            <translation>Enforcement item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="680" />
            <source>违法事实</source>
            <translation>Facts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="681" />
            <source>处罚</source>
            <translation>Penalty</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="683" />
            <source>说理</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="684" />
            <source>执法人员</source>
            <translation>Enforcement officers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="693" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="694" />
            <source>保存并新建 (Ctrl+Enter)</source>
            <translation>Save and new (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="723" />
            <source>简易程序上限：对{who}罚款 {limit} 元以下或警告</source>
            <translation>Summary procedure limit: a fine up to {limit} yuan or a warning for {who}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="732" />
            <source>裁量基准 {version}：{tier} {lo}–{hi} 元</source>
            <translation>Benchmark {version}: {tier} {lo}–{hi} yuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="736" />
            <source>超出裁量幅度，须填写说理</source>
            <translation>Outside the range: reasons required</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="739" />
            <source>超过简易程序上限，应适用一般程序</source>
            <translation>Above the summary limit: use the general procedure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="747" />
            <source>请从执法事项目录中选择执法事项。</source>
            <translation>Choose an enforcement item from the catalog.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/cases.py" line="778" />
            <source>已保存：{number}（本次共 {n} 件）</source>
            <translation>Saved: {number} ({n} in this session)</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/pages/sync.py" line="158" />
            <source>立即同步</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="160" />
            <source>重试</source>
            <translation>Retry</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="161" />
            <source>再次同步所选的（或最近一次）失败的同步</source>
            <translation>Run the selected (or the latest) failed sync again</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="163" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="183" />
            <source>同步记录</source>
            <translation>Sync history</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="190" />
            <source>待核对的冲突与拒收记录</source>
            <translation>Conflicts and refused records to review</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="192" />
            <source>未采用的版本和县局拒收的记录保存在本机，供核对；此处只读。</source>
            <translation>Versions not used and records the county refused are kept on this computer for review; read-only here.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="203" />
            <source>县局同步</source>
            <translation>County sync</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="217" />
            <source>同步</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="256" />
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="262" />
            <location filename="../../ui/pages/sync.py" line="330" />
            <source>同步中…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="271" />
            <source>{phase} {done}/{total} 行</source>
            <translation>{phase} {done}/{total} rows</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="278" />
            <source>上传</source>
            <translation>Upload</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="278" />
            <source>下载</source>
            <translation>Download</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="286" />
            <source>同步已取消；已上传并被县局确认的数据不受影响。</source>
            <translation>Sync cancelled; what the county already acknowledged stays done.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="298" />
            <source>已登记到县局：{url}（{name}，设备 {device}）</source>
            <translation>Enrolled with the county: {url} ({name}, device {device})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="305" />
            <source>本机尚未登记到县局：请管理员在“设置 → 县局连接”中输入县局地址和登记码。</source>
            <translation>This computer is not enrolled with the county: an administrator enters the county address and an enrolment code in Settings → County connection.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="309" />
            <source>待上传：{n} 行；上次成功同步：{at}；待核对：{c} 条</source>
            <translation>To upload: {n} rows; last successful sync: {at}; to review: {c}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="311" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="333" />
            <source>自动同步已停止：请处理上面的错误后点“立即同步”或“重试”。</source>
            <translation>Automatic sync has stopped: fix the error above, then press Sync now or Retry.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="338" />
            <source>连续失败 {n} 次，{after}后自动重试。</source>
            <translation>{n} failures in a row; retrying automatically in {after}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="340" />
            <source>{after}后自动同步。</source>
            <translation>Next automatic sync in {after}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="351" />
            <source>{m} 分 {s} 秒</source>
            <translation>{m} min {s} s</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="353" />
            <source>{m} 分钟</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="354" />
            <source>{s} 秒</source>
            <translation>{s} s</translation>
        </message>
    </context>
    <context>
        <name>TakeOutDialog</name>
        <message>
            <location filename="../../ui/pages/seized.py" line="189" />
            <source>临时出库</source>
            <translation>Temporarily out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="192" />
            <source>必填，例如：送检鉴定、庭审质证</source>
            <translation>Required, e.g. sent for appraisal, shown at a hearing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="193" />
            <source>物品</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seized.py" line="194" />
            <source>出库事由(&amp;R)</source>
            <translation>&amp;Reason</translation>
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
        <name>TrainingCardDialog</name>
        <message>
            <location filename="../../ui/pages/training_card.py" line="134" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="135" />
            <location filename="../../ui/pages/training_card.py" line="190" />
            <source>学时</source>
            <translation>Credit hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="136" />
            <source>天数</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="137" />
            <source>集中</source>
            <translation>Centralised</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="138" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="139" />
            <source>组织</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="140" />
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="141" />
            <source>培训名称</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="145" />
            <source>本年度尚无培训记录。</source>
            <translation>No training recorded this year.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="150" />
            <location filename="../../ui/pages/training_card.py" line="174" />
            <location filename="../../ui/pages/training_card.py" line="187" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="150" />
            <source>考核结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="150" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="166" />
            <source>备注（可不填）</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="167" />
            <source>录入考核结果(&amp;R)</source>
            <translation>&amp;Record result</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="185" />
            <source>人员</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="191" />
            <source>职务要求</source>
            <translation>Role requirements</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="192" />
            <source>执法证</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="193" />
            <source>年度考核</source>
            <translation>Annual assessment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="200" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="203" />
            <source>打印培训登记卡(&amp;P)…</source>
            <translation>&amp;Print training card…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="233" />
            <location filename="../../ui/pages/training_card.py" line="369" />
            <source>培训登记卡：{name}（{year} 年）</source>
            <translation>Training record card: {name} ({year})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="236" />
            <source>{name} · {kind} · {position}</source>
            <translation>{name} · {kind} · {position}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="250" />
            <source>计入 60 学时的 {counted} / {need} 学时（全部类别 {total} 学时）；集中培训 {conc} 次，共 {days} 天</source>
            <translation>{counted} / {need} hours counted towards the 60 (all types {total}); {conc} centralised trainings, {days} days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="263" />
            <source>{light}；此后每月尚需 {needed} 学时</source>
            <translation>{light}; {needed} hours a month still needed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="272" />
            <source>辅助执法人员不适用执法队员的年度培训要求。</source>
            <translation>The sworn officers' yearly training requirements do not apply to auxiliaries.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="296" />
            <source>{units}（不计入）</source>
            <translation>{units} (not counted)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="298" />
            <source>该类别不计入 60 学时</source>
            <translation>This type does not count towards the 60 hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="301" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="328" />
            <source>{years} 年连续考核不合格：应按程序退出执法队伍。</source>
            <translation>Failed the assessment in {years}: to leave enforcement by procedure.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="341" />
            <source>未发证</source>
            <translation>No certificate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="344" />
            <source>未填写</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="345" />
            <source>{number}，{status}，有效期至 {expires}</source>
            <translation>{number}, {status}, valid until {expires}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="349" />
            <source>（{alert}）</source>
            <translation> ({alert})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="370" />
            <source>{year}年培训登记卡-{name}.pdf</source>
            <translation>Training card {year} - {name}.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="393" />
            <source>已录入 {year} 年考核结果：{result}</source>
            <translation>Recorded the {year} assessment: {result}</translation>
        </message>
    </context>
    <context>
        <name>TrainingEntryDialog</name>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="214" />
            <source>新增培训</source>
            <translation>New training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="220" />
            <source>例如：行政处罚法专题培训</source>
            <translation>e.g. Administrative Penalty Law seminar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="229" />
            <source>留空按起止日期计算</source>
            <translation>Empty: from the dates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="231" />
            <source>如 3 或 1.5</source>
            <translation>e.g. 3 or 1.5</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="233" />
            <source>未注明学时时填写</source>
            <translation>When no hours are stated</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="236" />
            <source>集中培训</source>
            <translation>Centralised training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="240" />
            <source>学时</source>
            <translation>Credit hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="242" />
            <source>或时长（分钟）</source>
            <translation>or duration (minutes)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="250" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="255" />
            <source>培训名称(&amp;T)</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="256" />
            <source>组织层级</source>
            <translation>Organised by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="257" />
            <source>培训类别</source>
            <translation>Training type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="258" />
            <source>培训形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="259" />
            <source>起止日期</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="260" />
            <source>天数</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="261" />
            <source>每人学时</source>
            <translation>Hours each</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="264" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="295" />
            <source>保存(Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="343" />
            <source>保存 {n} 人(Ctrl+Enter)</source>
            <translation>Save {n} (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="367" />
            <source>学时或时长无法识别</source>
            <translation>The hours or duration cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="369" />
            <source>请填写学时，或填写时长（45 分钟折 1 学时）</source>
            <translation>Enter the hours, or a duration (45 minutes = 1 hour)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="373" />
            <source>每人计 {units} 学时</source>
            <translation>{units} hours each</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="375" />
            <source>每人计 {units} 学时（45 分钟折 1 学时）</source>
            <translation>{units} hours each (45 minutes = 1 hour)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="387" />
            <source>培训时长须为大于 0 的整数分钟。</source>
            <translation>The training duration must be a whole number of minutes greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_entry.py" line="407" />
            <source>请至少勾选一名参训人员。</source>
            <translation>Tick at least one attendee.</translation>
        </message>
    </context>
    <context>
        <name>TrainingImportDialog</name>
        <message>
            <location filename="../../ui/pages/training_import.py" line="89" />
            <source>选择学习平台导出的学习记录</source>
            <translation>Choose the learning platform's attendance export</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="91" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="103" />
            <source>导入培训记录：{name}</source>
            <translation>Import training records: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="109" />
            <source>集中培训</source>
            <translation>Centralised training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="127" />
            <location filename="../../ui/pages/training_import.py" line="136" />
            <source>行号</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="128" />
            <location filename="../../ui/pages/training_import.py" line="137" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="129" />
            <location filename="../../ui/pages/training_import.py" line="138" />
            <source>课程名称</source>
            <translation>Course name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="130" />
            <source>问题</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="131" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="139" />
            <source>学时</source>
            <translation>Credit hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="140" />
            <source>完成时间</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="145" />
            <source>培训名称</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="146" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="147" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="148" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="149" />
            <source>登记为</source>
            <translation>Recorded as</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="150" />
            <source>人次</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="167" />
            <location filename="../../ui/pages/training_import.py" line="325" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="170" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="175" />
            <source>新建培训登记为：组织层级</source>
            <translation>New trainings: organised by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="177" />
            <source>类别（文件未注明时）</source>
            <translation>Type (when the file has none)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="179" />
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="220" />
            <source>正在读取文件…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="243" />
            <source>文件无法读取，未导入任何数据。</source>
            <translation>The file cannot be read; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="255" />
            <source>工作表“{sheet}”，表头在第 {header} 行；共 {total} 行：可导入 {good} 行，无法导入 {bad} 行。</source>
            <translation>Sheet “{sheet}”, header in row {header}; {total} rows: {good} can be imported, {bad} cannot.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="303" />
            <source>新建培训</source>
            <translation>New training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="303" />
            <source>已有培训</source>
            <translation>Existing training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="309" />
            <source>无法导入（{n}）</source>
            <translation>Cannot import ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="310" />
            <source>可导入（{n}）</source>
            <translation>Can import ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="311" />
            <source>将登记的培训（{n}）</source>
            <translation>Trainings to record ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="315" />
            <source>我已核对上面 {bad} 行无法导入的原因，只导入其余 {good} 行</source>
            <translation>I have checked why the {bad} rows above cannot be imported; import the other {good}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="325" />
            <source>导入 {n} 行</source>
            <translation>Import {n} rows</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_import.py" line="372" />
            <source>已导入 {n} 条培训记录（新建培训 {created} 个，沿用 {reused} 个），跳过 {skipped} 行。</source>
            <translation>Imported {n} attendances ({created} new trainings, {reused} existing); skipped {skipped} rows.</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <location filename="../../ui/pages/training.py" line="354" />
            <source>全部（计入 60 学时的类别）</source>
            <translation>All (types counted towards the 60 hours)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="361" />
            <source>新增培训(&amp;N)</source>
            <translation>&amp;New training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="362" />
            <source>导入(&amp;I)…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="363" />
            <source>导出(&amp;X)</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="364" />
            <source>培训登记卡(&amp;K)</source>
            <translation>Training record &amp;card</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="366" />
            <source>年度培训情况报告…</source>
            <translation>Annual training report…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="368" />
            <source>年度培训报告 PDF（预览、打印）…</source>
            <translation>Annual training report PDF (preview, print)…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="370" />
            <source>学习活动台账…</source>
            <translation>Training activity ledger…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="371" />
            <source>队伍管理台账…</source>
            <translation>Squad management ledger…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="373" />
            <source>标记年度报告已报送县里</source>
            <translation>Mark the annual report as sent to the county</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="376" />
            <source>设置首轮全员轮训期限…</source>
            <translation>Set the first full rotation deadline…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="417" />
            <source>&lt;span style="color:{g}"&gt;■&lt;/span&gt; 进度正常　&lt;span style="color:{y}"&gt;■&lt;/span&gt; 进度落后　&lt;span style="color:{r}"&gt;■&lt;/span&gt; 难以完成　&lt;span style="color:#c62828"&gt;┆&lt;/span&gt; 60 学时</source>
            <translation>&lt;span style="color:{g}"&gt;■&lt;/span&gt; On track  &lt;span style="color:{y}"&gt;■&lt;/span&gt; Behind  &lt;span style="color:{r}"&gt;■&lt;/span&gt; Will miss  &lt;span style="color:#c62828"&gt;┆&lt;/span&gt; 60 hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="451" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="453" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="471" />
            <source>培训</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="480" />
            <source>{year} 年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="545" />
            <source>{year} 年计入 60 学时的学时（每人）</source>
            <translation>{year}: hours counted towards the 60 (per officer)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="549" />
            <source>{year} 年“{category}”学时（每人）</source>
            <translation>{year}: hours of “{category}” (per officer)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="563" />
            <source>{kind} {n}/{need}</source>
            <translation>{kind} {n}/{need}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="569" />
            <source>在编执法队员 {n} 人：已满 60 学时 {done} 人；进度正常 {g} 人，落后 {y} 人，难以完成 {r} 人。本年培训 {events} 次；本单位组织：{own}。</source>
            <translation>Sworn officers: {n}; {done} have 60 hours; {g} on track, {y} behind, {r} will miss. Trainings this year: {events}; organised by the squad: {own}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="582" />
            <source>辅助人员 {aux} 人 ≤ 在编执法队员 {sworn} 人，符合规定。</source>
            <translation>Auxiliaries {aux} ≤ sworn officers {sworn}: within the rule.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="585" />
            <source>辅助人员 {aux} 人多于在编执法队员 {sworn} 人，不符合规定！</source>
            <translation>Auxiliaries {aux} outnumber sworn officers {sworn}: against the rule!</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="591" />
            <source>首轮全员轮训（期限 {deadline}）：按期完成 {on_time} 人，逾期完成 {late} 人，尚未参训 {untrained} 人。</source>
            <translation>First full rotation (deadline {deadline}): {on_time} on time, {late} late, {untrained} not yet trained.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="619" />
            <source>{year} 年度培训情况须于 {due} 前报送县里（还剩 {days} 天）。可在“导出”中生成年度培训情况报告。</source>
            <translation>The {year} training report is due at the county by {due} ({days} days left). Create it under “Export”.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="628" />
            <source>{year} 年度培训情况报告已过报送期限（{due}），尚未标记报送。</source>
            <translation>The {year} training report was due by {due} and is not marked as sent.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="637" />
            <source>执法证已过期：{names}</source>
            <translation>Certificates expired: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="638" />
            <source>执法证 30 天内到期：{names}</source>
            <translation>Certificates expiring within 30 days: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="639" />
            <source>执法证 60 天内到期：{names}</source>
            <translation>Certificates expiring within 60 days: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="646" />
            <source>{name}（{day}）</source>
            <translation>{name} ({day})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="652" />
            <source>{name}（{years} 年）</source>
            <translation>{name} ({years})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="660" />
            <source>连续两年考核不合格，应按程序退出执法队伍：{names}</source>
            <translation>Failed the annual assessment two years running, to leave enforcement by procedure: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="670" />
            <source> 等 {n} 人</source>
            <translation> ({n} in all)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="729" />
            <source>已登记“{title}”，{n} 人参训。</source>
            <translation>Recorded “{title}” with {n} attendees.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="762" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="767" />
            <source>已导出：{path}</source>
            <translation>Exported: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="774" />
            <source>导出失败：{error}</source>
            <translation>Export failed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="781" />
            <source>导出年度培训情况报告</source>
            <translation>Export the annual training report</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="782" />
            <source>{year}年度培训情况报告.xlsx</source>
            <translation>Annual training report {year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="805" />
            <source>{year} 年度培训情况报告</source>
            <translation>Annual training report {year}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="806" />
            <source>{year}年度培训情况报告.pdf</source>
            <translation>Annual training report {year}.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="815" />
            <source>导出学习活动台账</source>
            <translation>Export the training activity ledger</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="816" />
            <source>{year}年学习活动台账.xlsx</source>
            <translation>Training activity ledger {year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="826" />
            <source>导出队伍管理台账</source>
            <translation>Export the squad management ledger</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="827" />
            <source>{year}年队伍管理台账.xlsx</source>
            <translation>Squad management ledger {year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="840" />
            <source>已标记年度培训情况报告已报送。</source>
            <translation>The annual training report is marked as sent.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="850" />
            <source>首轮全员轮训期限</source>
            <translation>First full rotation deadline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="860" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training.py" line="877" />
            <source>首轮全员轮训期限已设为 {date}。</source>
            <translation>The first full rotation deadline is now {date}.</translation>
        </message>
    </context>
    <context>
        <name>TrainingRules</name>
        <message>
            <location filename="../../ui/pages/training_card.py" line="61" />
            <source>{name} {have}/{need} 学时</source>
            <translation>{name} {have}/{need} hours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="64" />
            <source>{name} {have}/{need} 天</source>
            <translation>{name} {have}/{need} days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="67" />
            <source>{name} {have}/{need} 次</source>
            <translation>{name} {have}/{need}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/training_card.py" line="77" />
            <source>年度已结束</source>
            <translation>Year over</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1515" />
            <source>调拨 {tag}</source>
            <translation>Transfer {tag}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1525" />
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1526" />
            <source>现存放地点</source>
            <translation>Stored at</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1527" />
            <source>调往(&amp;T)</source>
            <translation>Move &amp;to</translation>
        </message>
        <message>
            <location filename="../../ui/pages/equipment.py" line="1528" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="../../ui/pages/users.py" line="78" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="79" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="80" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="81" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="82" />
            <source>最后登录</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="88" />
            <source>停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="90" />
            <source>锁定至 {time}</source>
            <translation>Locked until {time}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="91" />
            <location filename="../../ui/pages/users.py" line="110" />
            <source>启用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="108" />
            <source>从未登录</source>
            <translation>Never</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="115" />
            <source>下次登录须修改密码</source>
            <translation>Must change password at next login</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/pages/users.py" line="263" />
            <source>新建用户(&amp;N)</source>
            <translation>&amp;New user</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="264" />
            <source>修改(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="265" />
            <source>重置密码(&amp;R)</source>
            <translation>&amp;Reset password</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="266" />
            <location filename="../../ui/pages/users.py" line="339" />
            <source>停用(&amp;D)</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="291" />
            <source>用户管理</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="299" />
            <source>当前用户无权管理用户账户。</source>
            <translation>The current user may not manage user accounts.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="337" />
            <source>启用(&amp;D)</source>
            <translation>Enable (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="380" />
            <source>停用用户</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="381" />
            <source>停用账户“{name}”（{user}）？停用后该账户不能登录。</source>
            <translation>Disable the account “{name}” ({user})? A disabled account cannot log in.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="383" />
            <source>启用用户</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="384" />
            <source>重新启用账户“{name}”（{user}）？</source>
            <translation>Enable the account “{name}” ({user}) again?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="385" />
            <source>停用</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="385" />
            <source>启用</source>
            <translation>Enable</translation>
        </message>
    </context>
</TS>
