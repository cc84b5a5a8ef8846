/// Addresses and forms of the web server (FORMAT.md section 12) that lead nowhere.
extension DiagnosticCatalogue {
    static let pages: [CatalogueEntry] = [
        CatalogueEntry(.noSuchPage,
            summary: ("a web address that leads to no page", "địa chỉ trang web không dẫn tới trang nào"),
            message: ("there is no page at this address", "không có trang nào ở địa chỉ này"),
            fix: ("start again from the summary page, /", "mở lại từ trang tổng hợp, /"),
            explanation: ("The address was mistyped, or points at a file, target or page that is not there (404).",
                          "Địa chỉ gõ nhầm, hoặc trỏ tới một tệp, chỉ tiêu hay trang không có (404)."),
            example: "GET /p/2024-cd-so/reminders   # the page is /p/2024-cd-so/remind"),
        CatalogueEntry(.noSuchProgramme,
            summary: ("a web address naming a programme that is not served", "địa chỉ trang web ghi một chương trình không có"),
            message: ("there is no programme \"{slug}\" here", "ở đây không có chương trình \"{slug}\""),
            fix: ("the summary page, /, lists the programmes (the address is the file's path below the served folder, without .yaml)",
                  "trang tổng hợp, /, liệt kê các chương trình (địa chỉ là đường dẫn của tệp tính từ thư mục chạy tally serve, bỏ đuôi .yaml)"),
            explanation: ("Programmes are addressed by their path below the folder tally serve was given; a file moved or renamed has a new address (404).",
                          "Mỗi chương trình có địa chỉ là đường dẫn tính từ thư mục chạy tally serve; tệp bị chuyển chỗ hay đổi tên thì địa chỉ cũng đổi (404)."),
            example: "GET /p/2023-cd-so   # the file is 2024-cd-so.yaml"),
        CatalogueEntry(.badForm,
            summary: ("a form whose fields cannot be read", "biểu mẫu gửi lên không đọc được"),
            message: ("the form's fields cannot be read ({problem}); nothing was written", "không đọc được các trường của biểu mẫu ({problem}); chưa ghi gì"),
            fix: ("open the form again and send it from the page", "mở lại biểu mẫu rồi gửi từ trang đó"),
            explanation: ("What was posted is not a form as a browser sends it (application/x-www-form-urlencoded or multipart/form-data) (400).",
                          "Dữ liệu gửi lên không phải biểu mẫu như trình duyệt gửi (application/x-www-form-urlencoded hoặc multipart/form-data) (400)."),
            example: "Content-Type: multipart/form-data   # no boundary"),
    ]
}
