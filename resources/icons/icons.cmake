# The application icon, rendered from SVG at build time for the hicolor icon theme (installed by
# installer/) and the window icon (a resource of hookscope_ui, 16 to 256 px). Below 32 px the simplified
# hookscope-small.svg is used; the full mark's thin lines blur there.
# Renders into HOOKSCOPE_ICON_DIR (<size>x<size>/apps/ and scalable/apps/).

find_program(RSVG_CONVERT rsvg-convert REQUIRED) # Debian: librsvg2-bin
set(icon_sources ${CMAKE_CURRENT_LIST_DIR})
set(icon_pngs)
set(window_icon_pngs)
foreach(size 16 22 24 32 48 64 128 256 512)
    if(size LESS 32)
        set(svg ${icon_sources}/hookscope-small.svg)
    else()
        set(svg ${icon_sources}/hookscope.svg)
    endif()
    set(png ${HOOKSCOPE_ICON_DIR}/${size}x${size}/apps/${HOOKSCOPE_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${HOOKSCOPE_ICON_DIR}/${size}x${size}/apps
        COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${svg}
        DEPENDS ${svg}
        COMMENT "Rendering the ${size} px icon"
        VERBATIM)
    list(APPEND icon_pngs ${png})
    if(size LESS_EQUAL 256) # X11 sends every size of a window icon to the server: 512 px is 1 MiB
        list(APPEND window_icon_pngs ${png})
    endif()
endforeach()
configure_file(${icon_sources}/hookscope.svg
    ${HOOKSCOPE_ICON_DIR}/scalable/apps/${HOOKSCOPE_APP_ID}.svg COPYONLY)

qt_add_resources(hookscope_ui appicon PREFIX /icons BASE ${HOOKSCOPE_ICON_DIR} FILES ${window_icon_pngs})
add_custom_target(hookscope_icons ALL DEPENDS ${icon_pngs}) # all sizes, for installation
