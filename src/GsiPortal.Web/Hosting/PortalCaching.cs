using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Pages and API answers are rendered once per content version and served from the output cache, compressed
/// once (Brotli or gzip) and kept per encoding, with a strong ETag and Cache-Control a CDN can honour.
/// </summary>
public static class PortalCaching
{
    /// <summary>Every cached answer carries this tag; a content reload evicts it.</summary>
    public const string ContentTag = "content";

    public static IServiceCollection AddPortalCaching(this IServiceCollection services)
    {
        services.AddSingleton<SearchAdmission>();
        services.AddOutputCache(options =>
        {
            // Pages asked for by their bare address are kept by RenderedPages; this holds the rest — pages with query
            // parameters and API answers, distinct searches above all, which a stranger can make endless. The default
            // 100 MB let the working set pass 390 MB in the load bench; 32 MB, 266 MB; 16 MB, about 220 MB; 8 MB
            // (with the GC settings in the project file), under 200 MB.
            options.SizeLimit = 8 * 1024 * 1024;
            // Keys: path, the query parameters that matter (CacheKeys), and the encoding asked for. Nothing per user.
            // The content version is part of every key, so a reload can never leave an old page under a new key.
            options.AddBasePolicy(policy => policy
                .With(context => IsCacheable(context.HttpContext))
                .SetVaryByHeader("Accept-Encoding")
                .VaryByValue(context => new KeyValuePair<string, string>("content", context.RequestServices.GetRequiredService<RequestEdition>().Edition.Library.CacheVersion))
                // The editions list, banners and passages' history read the archive's catalog, which an import changes.
                .VaryByValue(context => new KeyValuePair<string, string>("catalog", context.RequestServices.GetRequiredService<EditionArchiving>().CatalogGeneration.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                // Citations on the pages say when they were accessed: a page is kept for its day (UTC) only.
                .VaryByValue(context => new KeyValuePair<string, string>("day", SiteOrigin.Today(context).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
                .AddPolicy<CacheKeys>()
                .Expire(TimeSpan.FromHours(12))
                .Tag(ContentTag));
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json",
                "application/problem+json", "application/xml", "text/xml", "text/plain", "application/opensearchdescription+xml", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// Output cache, then strong ETags and Cache-Control, then compression, then pages' indentation trimmed, in that
    /// order. A search asked for the first time (<see cref="SearchAdmission"/>) goes round the output cache rather than
    /// through it: there the cache could only decline it, after making its context, its feature and its policies' run —
    /// about 2 KB and a twentieth of such a request's web-layer CPU (docs/performance.md).
    /// </summary>
    public static WebApplication UsePortalCaching(this WebApplication app)
    {
        var admission = app.Services.GetRequiredService<SearchAdmission>();
        app.UseWhen(admission.Admits, cached => cached.UseOutputCache());
        app.UseMiddleware<HttpCachingHeaders>();
        app.UseResponseCompression();
        app.UseMiddleware<TrimmedPages>();
        return app;
    }

    /// <summary>
    /// Before any key is made. A search asked for the first time never gets here: it goes round the cache
    /// (<see cref="UsePortalCaching"/>, <see cref="SearchAdmission"/>).
    /// </summary>
    private static bool IsCacheable(HttpContext context) =>
        context.RequestServices.GetRequiredService<RequestEdition>().IsHeld && !IsStaticAsset(context) && EditionRefusal.Of(context) is null;

    /// <summary>Fingerprinted files served by MapStaticAssets, which sets its own ETag and immutable caching.</summary>
    public static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
}
