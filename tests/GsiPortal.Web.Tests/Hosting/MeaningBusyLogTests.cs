using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>The meaning path's busy 503 is a refusal by design: counted, not logged as an error line each.</summary>
public class MeaningBusyLogTests
{
    private static (RequestLog Log, PortalMetrics Metrics) Log()
    {
        var metrics = new PortalMetrics();
        return (new RequestLog(metrics, Microsoft.Extensions.Options.Options.Create(new PortalOptions())), metrics);
    }

    [Fact]
    public void TheMeaningPathsBusyAnswerIsCountedAsRefusedNotLoggedAsAnError()
    {
        var (log, metrics) = Log();
        using (metrics)
        {
            var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
            context.Response.StatusCode = 503;
            MeaningBusy.Mark(context);
            Assert.Equal(Serilog.Events.LogEventLevel.Debug, log.LevelOf(context, 1, null));
            Assert.Equal((0L, 0L, 1L, 0L), log.TakeCounts() is { } c ? (c.Served, c.Redirected, c.Refused, c.Failed) : default);
        }
    }

    [Fact]
    public void Another503IsStillAFailureLoggedAsAnError()
    {
        var (log, metrics) = Log();
        using (metrics)
        {
            var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
            context.Response.StatusCode = 503;
            Assert.Equal(Serilog.Events.LogEventLevel.Error, log.LevelOf(context, 1, null));
            Assert.Equal(1L, log.TakeCounts()!.Value.Failed);
        }
    }
}
