"""PyInstaller hook for PySide6.QtGui (replaces PyInstaller's own, see build/squaddesk.spec).

Same as PyInstaller's hook, minus Qt plugins SquadDesk never loads: they would only add their
own library dependencies (GTK 3 and cairo for the gtk3 platform theme, KMS/EGL for embedded
boards). Dropping them here, before PyInstaller resolves binary dependencies, keeps those
libraries out of the bundle. Windows plugins (qwindows, qoffscreen, qminimal ...) all stay.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "platformthemes/libqgtk3",  # GTK 3 theme: pulls libgtk-3, libgdk-3, cairo, pango, atk
    "platforms/libqeglfs",  # full-screen EGL on embedded boards
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "egldeviceintegrations/",
    "generic/",  # evdev/tuio input for embedded boards
)


def _wanted(src: str) -> bool:
    path = src.replace("\\", "/")
    return not any(part in path for part in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _wanted(src)]
