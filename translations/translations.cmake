# The console's and the command line's texts in German, Swedish and French (Qt Linguist), compiled
# into hookscope_ui as :/i18n/hookscope_LANG.qm; English only for its plural forms ("1 delivery").
# `cmake --build build --target update_translations` refreshes the .ts files from the sources
# (new texts arrive unfinished: tst_translations fails until they are translated).

set(translations_dir ${PROJECT_SOURCE_DIR}/translations)
file(GLOB_RECURSE translated_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/app/*.cpp ${PROJECT_SOURCE_DIR}/src/app/*.h
    ${PROJECT_SOURCE_DIR}/src/core/tunnel/*.cpp
    ${PROJECT_SOURCE_DIR}/ui/*.ui)
# Without line numbers a .ts file changes only where texts do.
set(lupdate_options -no-obsolete -locations none)
# For tst_translations, which checks that the .ts files hold every text of these sources.
set(HOOKSCOPE_TRANSLATED_SOURCES ${PROJECT_BINARY_DIR}/translations/sources.lst CACHE INTERNAL "")
list(JOIN translated_sources "\n" translated_sources_lines)
file(CONFIGURE OUTPUT ${HOOKSCOPE_TRANSLATED_SOURCES} CONTENT "${translated_sources_lines}\n")

qt_add_translations(hookscope_ui
    TS_FILES ${translations_dir}/hookscope_de.ts ${translations_dir}/hookscope_sv.ts
             ${translations_dir}/hookscope_fr.ts
    SOURCES ${translated_sources}
    LUPDATE_OPTIONS ${lupdate_options}
    RESOURCE_PREFIX /i18n)

# English needs only the texts with a count; its own update and release targets are hookscope's.
qt_add_lupdate(hookscope
    TS_FILES ${translations_dir}/hookscope_en.ts
    SOURCES ${translated_sources}
    OPTIONS ${lupdate_options} -pluralonly)
qt_add_lrelease(hookscope
    TS_FILES ${translations_dir}/hookscope_en.ts
    QM_FILES_OUTPUT_VARIABLE english_qm)
qt_add_resources(hookscope_ui english_plurals PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${english_qm})
