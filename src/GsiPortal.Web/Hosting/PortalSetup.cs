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

        builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddProblemDetails();
        // JSON escapes '<', '>', '&' and quotes, so a reflected query can never read as markup.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default);
        builder.Services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        return builder;
    }

    /// <summary>Loads the content once; false when it is broken, so the host exits instead of serving part of it.</summary>
    public static bool LoadContent(this WebApplication app) => app.Services.GetRequiredService<ContentStore>().Load();

    public static WebApplication UsePortal(this WebApplication app)
    {
        // Friendly pages for errors and for addresses that name nothing; the detail goes to the log.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseMiddleware<SecurityHeaders>();
        app.UseSerilogRequestLogging();

        app.UseStaticFiles();
        app.UseRouting();

        app.MapRazorPages();
        app.MapReferenceRedirects();
        app.MapSearchApi();
        app.MapOpenSearch();
        return app;
    }
}
