using System.Globalization;
using System.Reflection;
using GsiPortal.Core.Content;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The content folder read and checked from the process's first moments, while the host's builder is made and the
/// services are registered and built: until then only the main thread ran, and at start-up a request waits for the edition this read begins
/// (docs/performance.md, eleventh session). A guess, checked before it is used: <see cref="ContentStore"/> takes the
/// result only for the folder and limits it resolves itself from the bound options, and reads again otherwise.
/// </summary>
public sealed class ContentReadAhead
{
    private ContentReadAhead(string folder, ContentLimits limits)
    {
        Folder = folder;
        Limits = limits;
        Result = Task.Factory.StartNew(() => ContentLoader.Load(folder, limits), TaskCreationOptions.LongRunning);
    }

    public string Folder { get; }

    public ContentLimits Limits { get; }

    public Task<ContentLoadResult> Result { get; }

    /// <summary>
    /// Begins the read for the app started as itself, before the host's builder exists: the builder takes a tenth of a
    /// second or more of the main thread while the second core is idle (docs/performance.md, twelfth session). Null for
    /// a command (<c>validate</c>, <c>archive</c>), which reads what it needs itself, and under a test host, which
    /// applies its own settings (a fixture's <c>Portal:ContentPath</c>) only when the services are built, so that a read
    /// begun here would read another folder and be thrown away.
    /// </summary>
    public static ContentReadAhead? Begin(string[] args)
    {
        if (Assembly.GetEntryAssembly() != typeof(ContentReadAhead).Assembly) return null;
        if (args.FirstOrDefault() is "validate" or ArchiveCommand.Name) return null;
        var (folder, limits) = Settings(args);
        return new ContentReadAhead(folder, limits);
    }

    /// <summary>
    /// The folder and limits the store will resolve, read from the sources the host's builder reads, in its order:
    /// appsettings.json and appsettings.{environment}.json beside the app (<see cref="AppRoot"/>), the environment's
    /// variables, the command line. Read as the options binder reads them; a source the builder adds beyond these
    /// (user secrets in Development) only costs the guess.
    /// </summary>
    internal static (string Folder, ContentLimits Limits) Settings(string[] args)
    {
        var root = AppRoot.Options(args).ContentRootPath!;
        // The environment's name as the host reads it: DOTNET_ then ASPNETCORE_ variables, then the command line.
        var host = new ConfigurationBuilder().AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build();
        var environment = host[HostDefaults.EnvironmentKey] is { Length: > 0 } named ? named : Environments.Production;
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(root, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var defaults = new PortalOptions();
        var section = settings.GetSection(PortalOptions.Section);
        var path = section[nameof(PortalOptions.ContentPath)] ?? defaults.ContentPath;
        var maxBytes = long.TryParse(section[nameof(PortalOptions.MaxContentFileBytes)], NumberStyles.Integer, CultureInfo.InvariantCulture, out var configured)
            ? configured : defaults.MaxContentFileBytes;
        return (ContentFolder.Resolve(path, root), new ContentLimits { MaxFileBytes = maxBytes });
    }
}
