# The importer (data-formats.md) and the complaint rules its event replay runs through.
target_sources(kefudesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Importer.cpp ${CMAKE_CURRENT_LIST_DIR}/Importer.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportValues.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportValues.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportWriters.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportWriters.h
    ${CMAKE_CURRENT_LIST_DIR}/../complaints/ComplaintCase.cpp ${CMAKE_CURRENT_LIST_DIR}/../complaints/ComplaintCase.h
)
