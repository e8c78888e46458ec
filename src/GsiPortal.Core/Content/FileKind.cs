using Mono.Unix.Native;

namespace GsiPortal.Core.Content;

/// <summary>
/// What a name in the content folder is, asked of the file system before anything is opened: opening a named pipe
/// blocks until a writer comes, and a device such as <c>/dev/zero</c> never ends. .NET reports neither (a FIFO's
/// attributes read "Normal"), so on Unix the type comes from <c>stat(2)</c>, which follows symbolic links.
/// </summary>
internal static class FileKind
{
    /// <summary>Why the entry is not a regular file that may be read, or null when it is one; <paramref name="size"/> is its size in bytes.</summary>
    public static string? NotRegular(string path, out long size)
    {
        size = 0;
        var link = LinkTarget(path);
        var via = link is null ? "" : $"a symbolic link to '{link}', ";
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return $"is {via}a folder, not a file: rename it so it does not end in .md";
            if (!info.Exists) return link is null ? "vanished while the folder was being read" : $"is a symbolic link to '{link}', which does not exist";
            size = info.Length;
            return null;
        }
        if (Syscall.stat(path, out var status) != 0)
        {
            var errno = Stdlib.GetLastError();
            if (errno == Errno.ENOENT)
                return link is null ? "vanished while the folder was being read" : $"is a symbolic link to '{link}', which does not exist";
            return $"cannot be read: {Mono.Unix.UnixMarshal.GetErrorDescription(errno)}";
        }
        size = status.st_size;
        return (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => null,
            FilePermissions.S_IFDIR => $"is {via}a folder, not a file: rename it so it does not end in .md",
            FilePermissions.S_IFIFO => $"is {via}a named pipe (FIFO), not a regular file: only regular files are read",
            FilePermissions.S_IFCHR => $"is {via}a character device, not a regular file: only regular files are read",
            FilePermissions.S_IFBLK => $"is {via}a block device, not a regular file: only regular files are read",
            FilePermissions.S_IFSOCK => $"is {via}a socket, not a regular file: only regular files are read",
            _ => $"is {via}not a regular file: only regular files are read",
        };
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
