using System.Runtime.InteropServices;

namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// Gives the C heap's freed memory back to the system. ONNX Runtime allocates each inference's buffers with malloc,
/// and glibc keeps what is freed: embedding the passages left about 100 MB resident that no one used (measured with
/// <c>-- meaning</c>, docs/performance.md). Called after the model loads and after a batch of passages, never on a request.
/// </summary>
internal static class NativeHeap
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): the memory stays with the process, as it would anyway.
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code for the project: an int and a size pass as they are.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
