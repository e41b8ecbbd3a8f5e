"""Installing translators: English from resources/translations, Qt's own Chinese strings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

log = logging.getLogger(__name__)

EN_QM = "translations/squaddesk_en.qm"

_installed: list[QTranslator] = []


def remove_translators() -> None:
    """Take out translators installed by install_translators()."""
    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()


def install_translators(language: str) -> bool:
    """Install the translators for `language` ("zh" or "en"); False if the .qm is missing.

    Chinese is the source language, so "zh" only loads Qt's own zh_CN strings (standard
    buttons and context menus); "en" loads squaddesk_en.qm.
    """
    remove_translators()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        translator = QTranslator()
        path = resource_path(EN_QM)
        if not translator.load(str(path)):
            log.warning("English translation not found at %s", path)
            return False
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_zh = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_zh.load("qt_zh_CN", qt_dir):
        QCoreApplication.installTranslator(qt_zh)
        _installed.append(qt_zh)
    return True
