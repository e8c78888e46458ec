using GsiPortal.Web.Api;
using Serilog;

namespace GsiPortal.Web.Hosting;

/// <summary>Service registration and the middleware pipeline, so that Program.cs stays a page long.</summary>
public static class PortalSetup
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // Serilog from appsettings ("Serilog" section). Not a static bootstrap logger: several test hosts
        // start in one test run, and a frozen static logger would refuse the second.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

        // Run from the build output (dotnet run, the tests) the compressed CSS and JS live in obj/; this maps them in
        // whatever the environment, not only in Development. A published app has no such map, and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        // Content and its index, loaded once and reloaded when the folder changes.
        builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddSingleton(TimeProvider.System);
        if (builder.Configuration.GetValue(PortalOptions.Section + ":WatchContent", true))
            builder.Services.AddHostedService<ContentWatcher>();

        // Body, header and request-line limits from appsettings ("Kestrel:Limits").
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(builder.Configuration.GetSection("Kestrel"));

        // Requests finish before the process stops.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));

        builder.Services.AddProblemDetails();
        // JSON escapes '<', '>', '&' and quotes, so a reflected query can never read as markup.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default);
        builder.Services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        builder.Services.AddPortalCaching();
        builder.Services.AddPortalRateLimiting(builder.Configuration);
        builder.Services.AddPortalHealth();
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Loads the content once; false when it is broken, so the host exits instead of serving part of it.</summary>
    public static bool LoadContent(this WebApplication app) => app.Services.GetRequiredService<ContentStore>().Load();

    private static bool ServesTls(WebApplication app) =>
        !string.IsNullOrEmpty(app.Configuration["https_port"])
        || (app.Configuration["urls"] ?? app.Configuration["ASPNETCORE_URLS"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeadersFromKnownProxies();
        // Friendly pages for errors and for addresses that name nothing; the detail goes to the log.
        app.UseExceptionHandler("/error");
        if (ServesTls(app))
        {
            // HSTS and redirection only where there is TLS to redirect to (Kestrel's own, or https_port behind a proxy).
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseMiddleware<SecurityHeaders>();
        app.UseSerilogRequestLogging();

        app.UseMiddleware<CanonicalRedirects>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UsePortalCaching();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapPortalHealth();
        app.MapReferenceRedirects();
        app.MapSearchApi();
        app.MapOpenSearch();
        app.MapCiteApi();
        app.MapDataApi();
        app.MapDownloads();
        app.MapSiteMap();
        app.MapOEmbedApi();
        app.MapQuoteCheckApi();
        app.MapLinksApi();
        app.MapOpenApi();
        return app;
    }
}
