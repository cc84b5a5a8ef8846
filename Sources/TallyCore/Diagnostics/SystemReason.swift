import Foundation

/// Why the system refused to write a file, in both languages: the usual reasons a clerk
/// meets (no such folder, no permission, a full disk) in plain words, any other in the system's own.
public enum SystemReason {
    public static func words(errno number: Int32) -> LocalizedText {
        switch number {
        case ENOENT: LocalizedText(en: "the folder does not exist", vi: "thư mục không tồn tại")
        case ENOTDIR: LocalizedText(en: "part of the path is a file, not a folder", vi: "một phần của đường dẫn là tệp, không phải thư mục")
        case EACCES, EPERM: LocalizedText(en: "permission denied", vi: "không có quyền ghi")
        case EROFS: LocalizedText(en: "the disk is read-only", vi: "ổ đĩa chỉ cho đọc")
        case ENOSPC, EDQUOT: LocalizedText(en: "the disk is full", vi: "ổ đĩa đã đầy")
        case EISDIR: LocalizedText(en: "it is a folder", vi: "đó là một thư mục")
        default: LocalizedText(String(cString: strerror(number)))
        }
    }

    /// The reason of an error thrown by Foundation (its POSIX code when it has one).
    public static func words(_ error: any Error) -> LocalizedText {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return words(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return words(errno: Int32(underlying.code))
        }
        return LocalizedText(error.localizedDescription)
    }
}
