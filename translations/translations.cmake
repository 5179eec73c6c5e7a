# Translations: lupdate scans every source and form of the project, lrelease compiles the
# catalogues and they are embedded in sammelan_core (":/i18n/sammelan_hi.qm"), so both the GUI
# and sammelan-cli find them without any installed files.
#
#   cmake --build build --target update_translations   # refresh the .ts files from the sources
file(GLOB_RECURSE SAMMELAN_TR_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
    ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h ${CMAKE_SOURCE_DIR}/ui/*.ui)

set(SAMMELAN_TS_FILES
    ${CMAKE_SOURCE_DIR}/translations/sammelan_hi.ts
    ${CMAKE_SOURCE_DIR}/translations/sammelan_en.ts)

qt_add_translations(sammelan_core
    TS_FILES ${SAMMELAN_TS_FILES}
    SOURCES ${SAMMELAN_TR_SOURCES}
    INCLUDE_DIRECTORIES ${CMAKE_SOURCE_DIR}/app ${CMAKE_SOURCE_DIR}/app/core ${CMAKE_SOURCE_DIR}/ui
    LUPDATE_OPTIONS -locations none -no-obsolete
    RESOURCE_PREFIX /i18n)
