using GsiPortal.Core.Editions;
using GsiPortal.Web.Api;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Requests;
using GsiPortal.Web.Mcp;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Serilog;

namespace GsiPortal.Web.Hosting;

/// <summary>Service registration and the middleware pipeline, so that Program.cs stays a page long.</summary>
public static class PortalSetup
{
    /// <summary>The portal's settings, bound once from configuration and read everywhere through IOptions.</summary>
    public static IServiceCollection AddPortalOptions(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section);
        return services;
    }

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // Serilog from appsettings ("Serilog" section). Not a static bootstrap logger: several test hosts
        // start in one test run, and a frozen static logger would refuse the second. And each host writes through its own
        // logger, not the static Log.Logger (preserveStaticLogger): through the static one, a logger made after another
        // host had started wrote to that host's sinks, and after it stopped to none (RequestLogTests lost its line).
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, logger) => logger
            // ASP.NET Core's hosting log says only "request starting/finished" (below the Warning the settings ask for),
            // yet while it is enabled at all (Critical) the host opens an Activity and a log scope for every request:
            // about 4 % of a distinct search's time in the web layer (docs/performance.md). Our own request log
            // (RequestLog) writes the failures and slow requests. Settings may turn it back on ("Serilog:MinimumLevel:
            // Override"), which are read after this.
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", Serilog.Events.LevelAlias.Off)
            // From the Serilog assemblies the site ships, named rather than found by reading deps.json and scanning the
            // folder at every start (SerilogAssemblies).
            .ReadFrom.Configuration(builder.Configuration, SerilogAssemblies.ReaderOptions(builder.Configuration))
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // An MCP tool refusing its caller's input (page 0, an unknown reference) throws McpException, which the
            // library logs as an Error with its stack trace; it is an answer to the caller, not a fault of the server.
            .Filter.ByExcluding(e => e.Exception is ModelContextProtocol.McpException));

        // Run from the build output (dotnet run, the tests) the compressed CSS and JS live in obj/; this maps them in
        // whatever the environment, not only in Development. A published app has no such map, and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        // Content: loaded into editions, one leased to each request, reloaded when the folder changes.
        builder.Services.AddPortalOptions();
        builder.Services.AddSingleton<ContentStore>();
        // Every edition served is archived, and earlier ones are served from the archive (/editions/{version}/…).
        builder.Services.AddSingleton<EditionArchiving>();
        builder.Services.AddSingleton<ShutdownWindow>();
        builder.Services.AddScoped<RequestEdition>();
        builder.Services.AddScoped<Edition>(services => services.GetRequiredService<RequestEdition>().Edition);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<ContentWatcher>();
        // A fresh archive is seeded from the content's git history, in the background (docs/deploy.md).
        builder.Services.AddSingleton<GitHistoryImport>();
        builder.Services.AddHostedService(services => services.GetRequiredService<GitHistoryImport>());
        // Search by meaning, made in the background after start-up (Portal:MeaningSearch).
        builder.Services.AddSingleton<PortalMeaning>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PortalMeaning>());
        builder.Services.AddSingleton<SearchLog>();

        // Body, header and request-line limits from appsettings ("Kestrel:Limits").
        builder.Services.AddOptions<KestrelServerOptions>().BindConfiguration("Kestrel");
        // Kestrel's own empty 400 for a null in the address (/%00) given the site's reason (Requests/NullInAddress).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.UseNullInAddressReason()));

        // Requests finish before the process stops.
        // A background service that fails past its own guard stops the host, which then exits non-zero (ExitCodes).
        builder.Services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = TimeSpan.FromSeconds(20);
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });

        builder.Services.AddProblemDetails();
        // JSON escapes '<', '>', '&' and quotes, so a reflected query can never read as markup.
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default;
            // Numbers are numbers: the web default also reads them from strings, which the description then had to type
            // "integer or string". No body the site reads carries a number.
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        // Pages are UTF-8: let Razor write “ ” — · … as themselves, not as 8-byte numeric references (issue #16).
        // Markup-significant characters (< > & " ') are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute());
                // OPTIONS refused like any method a page does not take, not answered an empty 200 (RequestMethods).
                options.Conventions.Add(new RequestMethods.OptionsLikeAnyOtherMethod());
            })
            // The site has no controllers, yet MVC's controller feature loaded every type of the site's assembly at
            // start-up to look for them, on the main thread's path to the first page (docs/performance.md).
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var controllers in parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().ToList())
                    parts.FeatureProviders.Remove(controllers);
            });
        // No page binds jQuery-style keys ("a[b]"), and their reader throws on an unclosed bracket ("text[=1" posted in a
        // form answered 500: found by RequestBodyFuzzTests' random samples, seed 8ia7CA4KGnx1): plain keys only.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options =>
        {
            var factories = options.ValueProviderFactories;
            for (var i = factories.Count - 1; i >= 0; i--)
                if (factories[i] is Microsoft.AspNetCore.Mvc.ModelBinding.JQueryFormValueProviderFactory or Microsoft.AspNetCore.Mvc.ModelBinding.JQueryQueryStringValueProviderFactory)
                    factories.RemoveAt(i);
        });
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        builder.Services.AddPortalCaching();
        builder.Services.AddPortalRateLimiting();
        builder.Services.AddPortalCors();
        builder.Services.AddPortalHealth();
        // Request counts and metrics; a line of log only for failures and slow requests.
        builder.Services.AddPortalMetrics(builder.Configuration);
        builder.Services.AddRequestLog();
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // The OpenAPI description, completed with what the generator cannot know (Api/OpenApi).
        builder.Services.AddPortalOpenApi();
        // Model Context Protocol for AI assistants: stateless HTTP, so each call is an ordinary request that reads
        // one edition, is rate-limited under /api like the JSON API, and needs no session kept on the server.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMcpServer(options => options.ServerInfo = new() { Name = "GsiPortal", Version = "1.0" })
            .WithHttpTransport(options => options.Stateless = true)
            // Made at the first call to /api/mcp, not at start-up (Mcp/ToolsOnFirstUse).
            .WithToolsOnFirstUse<Mcp.PortalMcpTools>()
            // A call's arguments checked against its tool's schema, each fault -32602 with a reason (Mcp/ToolArguments).
            .WithToolArgumentsChecked();
        // Nothing is signed: the key ring is made on first use, if ever, not read at every start.
        builder.Services.WithoutEagerKeyRing();
        return builder;
    }

    /// <summary>Loads the content once; false when it is broken, so the host exits instead of serving part of it.</summary>
    public static bool LoadContent(this WebApplication app, ContentReadAhead? ahead = null) => app.Services.GetRequiredService<ContentStore>().Load(ahead);

    private static bool ServesTls(WebApplication app) =>
        !string.IsNullOrEmpty(app.Configuration["https_port"])
        || (app.Configuration["urls"] ?? app.Configuration["ASPNETCORE_URLS"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UsePortal(this WebApplication app)
    {
        SiteOrigin.WarnWhenUnchecked(app);
        app.UseForwardedHeadersFromKnownProxies();
        // Outermost, so a request re-executed for its error page is logged and counted once.
        app.UseRequestLog();
        // Errors: the API answers problem documents; readers get friendly pages for errors and for addresses that name
        // nothing. A request the server could not read (too large, malformed) keeps its 4xx. The detail goes to the log.
        app.UseWhen(ApiProblems.IsApi, api => api
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiProblems.WriteExceptionAsync, StatusCodeSelector = ApiProblems.StatusOf })
            .UseApiStatusProblems());
        app.UseWhen(context => !ApiProblems.IsApi(context), site => site
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = Core.Addresses.Routes.Error, StatusCodeSelector = ApiProblems.StatusOf })
            .UseStatusCodePagesWithReExecute(Core.Addresses.Routes.NotFound)
            .UseMethodRefusalForPrograms());
        // Inside the error handlers: an address longer than the site reads answers 414 with the reason (Kestrel's own
        // limit is set above it, so that the site, not Kestrel, answers).
        app.UseAddressLengthLimit();
        // Inside the error handlers: work out of time answers 503 with what to do; a client gone ends it quietly.
        app.UseRequestBudget();
        if (ServesTls(app))
        {
            // HSTS and redirection only where there is TLS to redirect to (Kestrel's own, or https_port behind a proxy).
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        // Pages already sent, asked for again by their bare address: written from memory, before everything below.
        app.UseMiddleware<RenderedPages>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseScriptCharset();
        app.UseArticleBodyLimit();
        app.UseHeadAsGet();
        // The request's edition is chosen here, at the edge: /editions/{version}/… reads that edition throughout.
        app.UseMiddleware<FixedEditions>();

        app.UseRouting();
        // Before the rate limiter and the edition: a preflight is answered from the policy alone.
        app.UseCors();
        app.UsePageMethods();
        // Only for the MCP endpoint, whose library may ask for a user; nothing else here does, and every other request
        // paid for a scheme lookup it never used (docs/performance.md). The keys tell the host they are placed, so that
        // it does not put them around the whole pipeline itself.
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        ((IApplicationBuilder)app).Properties["__AuthorizationMiddlewareSet"] = true;
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Core.Addresses.Routes.ApiMcp), mcp => mcp.UseAuthentication().UseAuthorization());
        // Only the limited addresses pay for the limiter, and none when the limits are off (RateLimiting:Enabled false,
        // read once at start): every partition would then be "no limiter", yet the middleware still ran for each API
        // request, about 1 % of a distinct search's time (docs/performance.md).
        if (PortalRateLimiting.IsEnabled(app))
            app.UseWhen(context => PortalRateLimiting.IsLimited(context.Request.Path), limited => limited.UseRateLimiter());
        // Bodies read whole, under their limits, before any handler: a type, charset or size refused with a reason.
        app.UseRequestBodies();
        // From here on, the request reads one edition.
        app.UseMiddleware<EditionScope>();
        app.UseMiddleware<CanonicalRedirects>();
        // A text page asked for as JSON answers its JSON; before the output cache, which keeps the HTML.
        app.UseMiddleware<PageNegotiation>();
        app.UsePortalCaching();
        // Inside compression and the output cache: a fixed edition's page keeps its links to the texts in that edition.
        app.UseMiddleware<EditionLinks>();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapPortalHealth();
        app.MapReferenceRedirects();
        app.MapOpenSearch();
        app.MapSiteMap();
        // What other sites' scripts may read: the data, citations, downloads, oEmbed and the changes feed.
        var readable = app.MapGroup("").RequireCors(PortalCors.ReadOnly).WithReaderErrors();
        readable.MapSearchApi();
        readable.MapCiteApi();
        readable.MapDataApi();
        readable.MapDownloads();
        readable.MapEditionDownloads();
        readable.MapEditionsApi();
        readable.MapChangesFeed();
        readable.MapOEmbedApi();
        readable.MapCrossReferenceApi();
        readable.MapPassageApi();
        readable.MapReferencesGet();
        readable.MapPortalOpenApi();
        // The quote check and the quote audit: POSTs that change nothing, open to other sites' scripts after a preflight.
        var checkable = app.MapGroup("").RequireCors(PortalCors.QuoteCheck).WithReaderErrors();
        checkable.MapQuoteCheckApi();
        checkable.MapQuoteAuditApi();
        checkable.MapReferencesPost();
        app.MapMcp(Core.Addresses.Routes.ApiMcp);
        return app;
    }
}
