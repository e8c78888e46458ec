using GsiPortal.Core.Content;
using GsiPortal.Core.Derived;
using GsiPortal.Core.Editions;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// <c>derive</c>: builds the content's edition once and writes what a start would otherwise build (the search index's
/// files, the cross-references' findings) into the derived folder (<c>Portal:DerivedPath</c>), then exits — a deploy
/// step, so that the first start after a deploy reads them instead of building (docs/performance.md, thirteenth
/// session; docs/deploy.md). Exits 1 on broken content, 70 when the files could not be written.
/// </summary>
public static class DeriveCommand
{
    public const string Name = "derive";

    public static int Run(WebApplicationBuilder builder)
    {
        builder.Services.AddPortalOptions();
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value;
        var content = ContentFolder.Resolve(options.ContentPath, builder.Environment.ContentRootPath);
        var derived = ContentStore.DerivedFolder(options.DerivedPath, EditionArchiving.FolderFor(options.ArchivePath, content));
        return Run(content, derived, Console.Out, Console.Error, options.ContentLimits);
    }

    /// <summary>Writes <paramref name="folder"/>'s derived files into <paramref name="derivedFolder"/>.</summary>
    public static int Run(string folder, string derivedFolder, TextWriter output, TextWriter errors, ContentLimits? limits = null)
    {
        var result = ContentLoader.Load(folder, limits);
        foreach (var error in result.Errors) errors.WriteLine(error);
        if (!result.IsValid)
        {
            errors.WriteLine($"{result.Errors.Count} problem(s) in {folder}: nothing derived");
            return ExitCodes.ContentRefused;
        }
        var problems = 0;
        var cache = new DerivedCache(derivedFolder, (message, exception) =>
        {
            Interlocked.Increment(ref problems);
            errors.WriteLine(exception is null ? message : $"{message}: {exception.Message}");
        });
        var edition = Edition.Build(result.Library!, cache);
        cache.Writes.GetAwaiter().GetResult();
        var read = edition.Search.FilesKept && edition.CrossReferences.FindingsKept;
        if (Volatile.Read(ref problems) > 0 && !read) return ExitCodes.BackgroundFault;
        output.WriteLine(read
            ? $"{derivedFolder}: already holds content version {result.Library!.Version}'s derived files for this build"
            : $"{derivedFolder}: wrote content version {result.Library!.Version}'s derived files for this build");
        return ExitCodes.Success;
    }
}
