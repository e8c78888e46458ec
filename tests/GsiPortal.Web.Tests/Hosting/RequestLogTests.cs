using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The host's own per-request log scope and Activity are off (they cost every request; docs/performance.md): a request
/// logged by the site's request log still carries the request's id and connection, as that scope gave them, so that an
/// answer's reference can be found in the log. Every request is "slow" here (a threshold of 0 ms), so each is logged.
/// </summary>
public sealed class RequestLogTests : IDisposable
{
    /// <summary>
    /// Every event, and the request log's line for the search when it comes: the line is written after the answer is
    /// sent, so a test waits for it rather than reading the events as the answer arrives. It always comes (every request
    /// is slow here, and the sink is written synchronously by this host's own logger — HostLogIsolationTests), so the
    /// wait's bound is only against a hang.
    /// </summary>
    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();
        public TaskCompletionSource<LogEvent> SearchLine { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Emit(LogEvent logEvent)
        {
            Events.Enqueue(logEvent);
            if (logEvent.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/api/search\"") SearchLine.TrySetResult(logEvent);
        }
    }

    private readonly CapturingSink sink = new();
    /// <summary>ASP.NET Core's logs at Information, which would include the host's "request starting" lines if it wrote them.</summary>
    private readonly PortalFactory factory = new()
    {
        Settings =
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
            ["Portal:SlowRequestMilliseconds"] = "0",
        },
    };
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host;

    public RequestLogTests() => host = factory.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));

    public void Dispose()
    {
        host.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task ALoggedRequestCarriesItsRequestIdAndConnection()
    {
        var response = await host.CreateClient().GetAsync("/api/search?q=security");
        response.EnsureSuccessStatusCode();
        var line = await sink.SearchLine.Task.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(LogEventLevel.Warning, line.Level);
        Assert.True(line.Properties.TryGetValue("RequestId", out var id) && id.ToString().Trim('"').Length > 0, "no RequestId");
        Assert.True(line.Properties.ContainsKey("ConnectionId"), "no ConnectionId");
    }

    [Fact]
    public async Task TheHostWritesNoLineOfItsOwnPerRequest()
    {
        (await host.CreateClient().GetAsync("/api/search?q=peace")).EnsureSuccessStatusCode();
        // The request's own line is written last; once it is there, any line of the host's for this request would be too.
        await sink.SearchLine.Task.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.DoesNotContain(sink.Events, e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == "\"Microsoft.AspNetCore.Hosting.Diagnostics\"");
    }
}
