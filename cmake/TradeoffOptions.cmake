# One place for the language standard, warnings and determinism flags.
function(tradeoff_set_options target)
  target_compile_features(${target} PUBLIC cxx_std_17)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
      -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
      # Same numbers on every platform: no fused multiply-add contraction.
      -ffp-contract=off)
    if(TRADEOFF_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  if(EMSCRIPTEN)
    # Emscripten ignores `catch` unless told otherwise; native WebAssembly
    # exceptions are the cheapest mode that works. PUBLIC: every object file
    # and the final link must agree on it.
    target_compile_options(${target} PUBLIC -fwasm-exceptions)
    target_link_options(${target} PUBLIC -fwasm-exceptions)
  endif()
endfunction()

# Under Emscripten, the nlohmann_json and doctest targets carry /usr/include,
# which would pull glibc's headers into the WebAssembly build. Point them at a
# folder that holds only their own header folder `subdir` (a symlink).
function(tradeoff_isolate_headers target subdir)
  if(NOT EMSCRIPTEN OR NOT TARGET ${target})
    return()
  endif()
  get_target_property(dirs ${target} INTERFACE_INCLUDE_DIRECTORIES)
  set(shim ${PROJECT_BINARY_DIR}/header-shims/${subdir})
  foreach(dir IN LISTS dirs)
    if(EXISTS ${dir}/${subdir})
      file(MAKE_DIRECTORY ${shim})
      file(CREATE_LINK ${dir}/${subdir} ${shim}/${subdir} SYMBOLIC)
      set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${shim})
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "${target}: no ${subdir}/ under ${dirs}")
endfunction()
