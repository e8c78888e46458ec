using System.Globalization;
using System.Reflection;
using GsiPortal.Core.Content;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The content folder read and checked from the moment the settings are known, while the services are registered and
/// built: until then only the main thread ran, and at start-up a request waits for the edition this read begins
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
    /// Begins the read for the app started as itself; null under a test host, which applies its own settings (a
    /// fixture's <c>Portal:ContentPath</c>) only when the services are built, so that a read begun here would read
    /// another folder and be thrown away.
    /// </summary>
    public static ContentReadAhead? Begin(WebApplicationBuilder builder)
    {
        if (Assembly.GetEntryAssembly() != typeof(ContentReadAhead).Assembly) return null;
        // The two settings the store resolves its folder and limits from, read as the options binder reads them; any
        // difference only costs the guess.
        var defaults = new PortalOptions();
        var section = builder.Configuration.GetSection(PortalOptions.Section);
        var path = section[nameof(PortalOptions.ContentPath)] ?? defaults.ContentPath;
        var maxBytes = long.TryParse(section[nameof(PortalOptions.MaxContentFileBytes)], NumberStyles.Integer, CultureInfo.InvariantCulture, out var configured)
            ? configured : defaults.MaxContentFileBytes;
        return new ContentReadAhead(ContentFolder.Resolve(path, builder.Environment.ContentRootPath), new ContentLimits { MaxFileBytes = maxBytes });
    }
}
