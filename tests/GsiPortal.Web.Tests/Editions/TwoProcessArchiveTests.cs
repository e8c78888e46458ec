using System.Diagnostics;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// Two processes archiving the same editions into one folder at once, as two replicas sharing an archive would:
/// neither fails, and every edition is listed whole and reads back matching its hashes.
/// </summary>
public sealed class TwoProcessArchiveTests : IDisposable
{
    private readonly string archiveFolder = Directory.CreateTempSubdirectory("gsiportal-shared-archive-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(archiveFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The site's own program, as a replica would run it.</summary>
    private static string Program()
    {
        var built = Directory.GetFiles(Repository.Path("src/GsiPortal.Web/bin"), "GsiPortal.Web.dll", SearchOption.AllDirectories)
            .Where(f => File.Exists(Path.ChangeExtension(f, ".runtimeconfig.json")))
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        Assert.True(built is not null, "build src/GsiPortal.Web first: its program is run as two processes");
        return built!;
    }

    private Process Start(string command)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Program());
        foreach (var word in command.Split(' ')) start.ArgumentList.Add(word);
        start.Environment["Portal__ContentPath"] = Repository.Path("content");
        start.Environment["Portal__ArchivePath"] = archiveFolder;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        return Process.Start(start)!;
    }

    [Fact]
    public async Task TwoProcessesArchivingTheSameEditionsAtOnceLeaveAWholeArchive()
    {
        const int Editions = 25;
        var one = Start($"archive generate {Editions}");
        var two = Start($"archive generate {Editions}");
        var outputs = await Task.WhenAll(Finish(one), Finish(two));
        Assert.All(outputs, o => Assert.True(o.Exit == 0, o.Text));

        var archive = new EditionArchive(archiveFolder);
        var (listed, problems) = archive.List();
        Assert.Empty(problems);
        Assert.Equal(Editions, listed.Count);
        Assert.All(listed, e => Assert.Null(archive.Read(e).Problem));
        Assert.Empty(Directory.EnumerateFiles(archiveFolder, "*" + AtomicFiles.TemporarySuffix, SearchOption.AllDirectories));
        // Content-addressed: the files every edition shares are stored once, whoever wrote them.
        Assert.Equal(Directory.GetFiles(Repository.Path("content"), "*.md").Length - 2 + 1 + 2 * Editions, archive.BlobCount()); // the unchanged files, the search terms, and two files each
    }

    private static async Task<(int Exit, string Text)> Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
