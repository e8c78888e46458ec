using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// <c>archive …</c>: the edition archive from the command line (docs/linking.md, "Editions").
/// <c>import-git</c> seeds it from the content folder's git history; <c>store</c> archives the content folder as it
/// is now (what the site does when it loads an edition); <c>list</c> prints the editions; <c>remove {id} {reason}</c>
/// takes one out of service (it then answers 410 with the reason). <c>generate {count}</c>, for benchmarks and the
/// test of two processes sharing one folder only, archives that many made-up editions of the content (each a
/// changelog entry more and one word added to a commentary's last paragraph) into the archive folder: never point it at a site's archive.
/// </summary>
public static class ArchiveCommand
{
    public const string Name = "archive";

    public static int Run(WebApplicationBuilder builder, string[] arguments)
    {
        builder.Services.AddPortalOptions();
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var content = ContentFolder.Resolve(options.ContentPath, builder.Environment.ContentRootPath);
        var archive = new EditionArchive(EditionArchiving.FolderFor(options.ArchivePath, content));
        var limits = GitImport.Limits.Default with { Commits = Math.Max(1, options.GitImportCommits), Files = options.ContentLimits };
        return Run(content, archive, arguments, Console.Out, Console.Error, limits, options.GitExecutable);
    }

    public static int Run(string content, EditionArchive archive, string[] arguments, TextWriter output, TextWriter errors,
        GitImport.Limits? limits = null, string git = "git")
    {
        try
        {
            switch (arguments.FirstOrDefault())
            {
                case "import-git":
                    var imported = GitImport.Run(content, archive, output, limits ?? GitImport.Limits.Default, git, CancellationToken.None);
                    output.WriteLine($"{imported.Count} commits read; {imported.Where(i => i.Edition.Length > 0).Select(i => i.Edition).Distinct().Count()} editions in {archive.Folder}{(imported.Count(i => i.Edition.Length == 0) is > 0 and var passed ? $"; {passed} passed over" : "")}.");
                    return 0;
                case "store":
                    var loaded = ContentLoader.Load(content);
                    if (!loaded.IsValid)
                    {
                        foreach (var error in loaded.Errors) errors.WriteLine(error);
                        return 1;
                    }
                    var stored = archive.Store(loaded.Library!, DateTimeOffset.UtcNow, "site");
                    output.WriteLine($"edition {stored.Id} of {stored.DateDisplay} archived in {archive.Folder}");
                    return 0;
                case "generate" when arguments.Length >= 2 && int.TryParse(arguments[1], out var count) && count > 0:
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    foreach (var generated in GeneratedEditions.Of(content, count)) archive.Store(generated, DateTimeOffset.UtcNow, "generated");
                    output.WriteLine($"{count} generated editions archived in {archive.Folder} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms; {archive.SizeBytes()} bytes, {archive.BlobCount()} files");
                    return 0;
                case "list":
                    var (editions, problems) = archive.List();
                    foreach (var e in editions) output.WriteLine($"{e.Id} {e.Date:yyyy-MM-dd} {e.From} {e.Files.Count} files");
                    foreach (var p in problems) errors.WriteLine(p.Reason);
                    return problems.Count == 0 ? 0 : 1;
                case "remove" when arguments.Length >= 3 && ContentVersion.IsWellFormed(arguments[1]):
                    archive.Remove(arguments[1], string.Join(' ', arguments[2..]));
                    output.WriteLine($"edition {arguments[1]} removed: it answers 410 with the reason");
                    return 0;
                default:
                    errors.WriteLine("usage: archive import-git | store | list | remove {edition} {reason} | generate {count}");
                    return 2;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            errors.WriteLine($"archive {arguments.FirstOrDefault()}: {e.Message}");
            return 1;
        }
    }
}
