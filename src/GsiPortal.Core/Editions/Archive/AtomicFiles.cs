namespace GsiPortal.Core.Editions.Archive;

/// <summary>
/// Writes a file so that nobody ever reads part of it: the bytes go to a temporary file of a unique name in the same
/// folder, are flushed to the disk, and the file is then renamed into place (rename(2) replaces a name in one step).
/// A crash mid-write leaves only a temporary file, which no reader looks at; two processes writing the same name
/// each rename a whole file, and the archive's files are content-addressed, so either is the same.
/// </summary>
public sealed class AtomicFiles
{
    /// <summary>Temporary files end so; readers and the listing skip them.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Opens a new file for writing. Tests swap it to simulate a full disk.</summary>
    public Func<string, Stream> Create { get; init; } = path => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically; with <paramref name="keepExisting"/>, leaves a file already there as it is.</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes, bool keepExisting = false)
    {
        if (keepExisting && File.Exists(path)) return;
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            using (var stream = Create(temporary))
            {
                stream.Write(bytes);
                if (stream is FileStream file) file.Flush(flushToDisk: true);
            }
            if (keepExisting && File.Exists(path)) return;
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is only a temporary file: readers skip it.
        }
    }
}
