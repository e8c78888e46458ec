using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Each host writes to its own sinks, whatever other hosts start or stop in the same process (the tests run many at
/// once). Through Serilog's static logger, a logger a host made after another host had started wrote to that other
/// host's sinks, and once that host stopped, to none: RequestLogTests waited five minutes for a line that had gone to
/// another test's host.
/// </summary>
public class HostLogIsolationTests
{
    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public void Emit(LogEvent logEvent) => Lines.Enqueue(logEvent.RenderMessage());
    }

    [Fact]
    public void AHostsLinesGoToItsOwnSinksWhileAnotherHostStartsAndAfterItStops()
    {
        CapturingSink mine = new(), theirs = new();
        using var firstFactory = new PortalFactory();
        using var first = WithSink(firstFactory, mine);
        var firstLogs = first.Services.GetRequiredService<ILoggerFactory>();

        using (var secondFactory = new PortalFactory())
        using (var second = WithSink(secondFactory, theirs))
        {
            _ = second.Services;
            firstLogs.CreateLogger("Isolation").LogWarning("the first host, while a second runs");
        }
        firstLogs.CreateLogger("Isolation.After").LogWarning("the first host, after the second stopped");

        Assert.Contains("the first host, while a second runs", mine.Lines);
        Assert.Contains("the first host, after the second stopped", mine.Lines);
        Assert.DoesNotContain(theirs.Lines, line => line.StartsWith("the first host", StringComparison.Ordinal));
    }

    private static WebApplicationFactory<Program> WithSink(PortalFactory factory, CapturingSink sink) =>
        factory.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
}
