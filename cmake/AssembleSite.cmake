# cmake -DSITE_DIR=... -DWEB_DIR=... -DFILES=a|b|c -P AssembleSite.cmake
# Rebuilds the static site from scratch, so a file removed from web/ does not
# linger. A marker file guards the removal: only a folder this script made
# is ever deleted.
set(marker ${SITE_DIR}/.tradeoff-site)
if(EXISTS ${SITE_DIR})
  file(GLOB existing ${SITE_DIR}/*)
  if(existing AND NOT EXISTS ${marker})
    message(FATAL_ERROR "${SITE_DIR} exists and was not made by this build: not touching it")
  endif()
  file(REMOVE_RECURSE ${SITE_DIR})
endif()
file(COPY ${WEB_DIR}/ DESTINATION ${SITE_DIR})
string(REPLACE "|" ";" files "${FILES}")
file(COPY ${files} DESTINATION ${SITE_DIR})
file(WRITE ${marker} "Assembled by cmake/AssembleSite.cmake; deleted and rebuilt on every build.\n")
