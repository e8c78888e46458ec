using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>On SIGTERM a request still sending its body finishes within the shutdown window instead of being cut off.</summary>
public class GracefulShutdownTests
{
    /// <summary>A JSON body sent in pieces, with a pause after the first in which the host is told to stop.</summary>
    private sealed class TrickledBody(TaskCompletionSource firstPieceSent) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"text\": \"Humanity is an indivisible "));
            await stream.FlushAsync();
            firstPieceSent.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await stream.WriteAsync(Encoding.UTF8.GetBytes("security community.\"}"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    [Fact]
    public async Task AnUploadInFlightWhenTheHostStopsIsAnswered()
    {
        using var factory = new PortalFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        // Ready first: the edition is built in the background at start-up.
        for (var i = 0; i < 300 && (await factory.CreateClient().GetAsync("/readyz")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(100);
        // A connection of its own, so nothing pooled is reused or retried.
        using var client = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress };

        var firstPieceSent = new TaskCompletionSource();
        var content = new TrickledBody(firstPieceSent);
        content.Headers.ContentType = new("application/json");
        var upload = client.PostAsync("/api/quote-check", content);
        await firstPieceSent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(200);
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        var response = await upload.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("exact", await response.Content.ReadAsStringAsync());
    }
}
