# Install the libraries and headers and export them as the CMake package
# `tradeoff`: find_package(tradeoff) then link tradeoff::core or tradeoff::io.
include(CMakePackageConfigHelpers)

set(TRADEOFF_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/tradeoff)

install(TARGETS tradeoff_core tradeoff_io
  EXPORT tradeoffTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/tradeoff DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT tradeoffTargets NAMESPACE tradeoff:: DESTINATION ${TRADEOFF_CMAKE_DIR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/tradeoffConfig.cmake.in
  ${PROJECT_BINARY_DIR}/tradeoffConfig.cmake
  INSTALL_DESTINATION ${TRADEOFF_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/tradeoffConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/tradeoffConfig.cmake
  ${PROJECT_BINARY_DIR}/tradeoffConfigVersion.cmake
  DESTINATION ${TRADEOFF_CMAKE_DIR})
