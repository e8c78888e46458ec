using System.Net.Sockets;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

/// <summary>
/// Names in the content folder that are not the regular files they seem (issue #21): a named pipe, a device, a socket,
/// a symbolic link to <c>/dev/zero</c>, a file of gigabytes. Each is a problem with its name, found without opening
/// it or reading past the limit, by a load and by the watcher's digest alike, and never a hang or an exhausted memory.
/// </summary>
public sealed class FilesNotWhatTheySeemTests : IDisposable
{
    // A file opened that should only have been looked at blocks for ever: this is a bound against that hang, generous
    // so that a loaded machine (5 s seen at load 25 for what takes milliseconds) is never taken for it.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-kinds-").FullName;
    private readonly List<string> pipes = [];
    private bool hung;

    public FilesNotWhatTheySeemTests() => File.WriteAllText(Path.Combine(folder, "paper.md"), ContentAssert.SmallPaper);

    /// <summary>Runs <paramref name="work"/> on its own thread, failing the test rather than hanging it.</summary>
    private T WithinBound<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        hung = !task.Wait(Bound);
        Assert.False(hung, $"still running after {Bound.TotalSeconds} s: something opened a file it should only have looked at");
        return task.Result;
    }

    private string Pipe(string name)
    {
        var path = Path.Combine(folder, name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        pipes.Add(path);
        return path;
    }

    [Fact]
    public void ANamedPipeIsAProblemWithItsNameAndIsNeverOpened()
    {
        Pipe("pipe.md");
        var problem = Assert.Single(WithinBound(() => ContentLoader.Load(folder)).Errors);
        Assert.Equal("pipe.md", problem.File);
        Assert.Contains("named pipe (FIFO)", problem.Message);
        WithinBound(() => ContentFiles.Fingerprint(folder));
    }

    [Theory]
    [InlineData("/dev/zero", "character device")]
    [InlineData("/dev/null", "character device")]
    public void ASymbolicLinkToADeviceIsAProblemNamingItsTarget(string device, string kind)
    {
        File.CreateSymbolicLink(Path.Combine(folder, "device.md"), device);
        var problem = Assert.Single(WithinBound(() => ContentLoader.Load(folder)).Errors);
        Assert.Equal("device.md", problem.File);
        Assert.Contains($"symbolic link to '{device}', a {kind}", problem.Message);
        WithinBound(() => ContentFiles.Fingerprint(folder));
    }

    [Fact]
    public void ASocketIsAProblemWithItsName()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(folder, "socket.md")));
        var problem = Assert.Single(ContentLoader.Load(folder).Errors);
        Assert.Equal("socket.md", problem.File);
        Assert.Contains("a socket, not a regular file", problem.Message);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsAProblemAndIsNeverRead()
    {
        // Sparse, as `truncate -s 3G` makes it: three gigabytes of zeros that take no disk.
        using (var huge = File.Create(Path.Combine(folder, "huge.md"))) huge.SetLength(3L << 30);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = ContentLoader.Load(folder);
        var fingerprint = ContentFiles.Fingerprint(folder);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 10 << 20, "the load or the digest read the huge file");
        var problem = Assert.Single(result.Errors);
        Assert.Equal("huge.md", problem.File);
        Assert.Equal("is 3 GiB, over the limit of 2 MiB for one content file; it is not read", problem.Message);
        Assert.NotEmpty(fingerprint);
    }

    [Fact]
    public void TheSizeLimitIsTheOneGiven()
    {
        var limits = new ContentLimits { MaxFileBytes = 200 };
        var problem = Assert.Single(ContentLoader.Load(folder, limits).Errors);
        Assert.Equal("paper.md", problem.File);
        Assert.StartsWith("is 3", problem.Message);
        Assert.EndsWith("over the limit of 200 bytes for one content file; it is not read", problem.Message);
        Assert.True(ContentLoader.Load(folder, new ContentLimits { MaxFileBytes = 100_000 }).IsValid);
    }

    [Fact]
    public void AFileThatGrowsPastTheLimitIsAProblemAndTheDigestChangesWithIt()
    {
        var path = Path.Combine(folder, "growing.md");
        File.WriteAllText(path, "---\nid: growing\n");
        var small = ContentFiles.Fingerprint(folder);
        File.AppendAllText(path, new string('x', 3 << 20));
        Assert.NotEqual(small, ContentFiles.Fingerprint(folder));
        Assert.Contains(ContentLoader.Load(folder).Errors, p => p.File == "growing.md" && p.Message.Contains("over the limit"));
    }

    public void Dispose()
    {
        // A reader left blocked in open() by a failed run is released by a writer, so the test run can end.
        foreach (var pipe in pipes)
        {
            if (hung) Task.Run(() => { using var writer = File.OpenWrite(pipe); }).Wait(TimeSpan.FromSeconds(1));
            File.Delete(pipe);
        }
        Directory.Delete(folder, recursive: true);
    }
}
