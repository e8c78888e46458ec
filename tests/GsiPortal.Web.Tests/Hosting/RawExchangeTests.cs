using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The raw-socket helper tells the three ways an exchange can go wrong apart, so that a fuzz failure says which: a
/// wrong answer (read, and judged by the test), a connection dropped before any answer (the server's fault), and the
/// test's own patience running out (a loaded machine). Against a listener that does each on purpose.
/// </summary>
public class RawExchangeTests
{
    private const string Request = "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

    [Fact]
    public async Task AnAnswerThatIsNotHttpIsReadAsStatusZero()
    {
        var (status, head, _) = await Against(async socket => await socket.SendAsync("SSH-2.0-not-http\r\n"u8.ToArray()), Request);
        Assert.Equal(0, status);
        Assert.StartsWith("SSH-2.0", head);
    }

    [Fact]
    public async Task AConnectionResetBeforeAnyByteIsNoAnswerNotAWrongOne()
    {
        var dropped = await Assert.ThrowsAsync<NoAnswerException>(() => Against(socket =>
        {
            // Closing with a zero linger sends a reset, as Kestrel does when it aborts a connection.
            socket.LingerState = new LingerOption(true, 0);
            return Task.CompletedTask;
        }, Request));
        Assert.Contains("reset", dropped.Message);
    }

    [Fact]
    public async Task AConnectionClosedBeforeAnyByteIsNoAnswer()
    {
        var dropped = await Assert.ThrowsAsync<NoAnswerException>(() => Against(_ => Task.CompletedTask, Request));
        Assert.Contains("closed", dropped.Message);
    }

    [Fact]
    public async Task AServerThatNeverAnswersIsTheTestsTimeOutNotNoAnswer()
    {
        using var hold = new SemaphoreSlim(0);
        var waited = await Assert.ThrowsAsync<TimeoutException>(() => Against(_ => hold.WaitAsync(), Request, TimeSpan.FromMilliseconds(300)));
        Assert.Contains("no whole answer within", waited.Message);
        hold.Release();
    }

    /// <summary>A one-connection listener on loopback that reads the request, then does <paramref name="answer"/> and closes.</summary>
    private static async Task<(int Status, string Head, string Body)> Against(Func<Socket, Task> answer, string request, TimeSpan? patience = null)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var served = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            var read = new byte[4096];
            var received = new StringBuilder();
            while (!received.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                var n = await socket.ReceiveAsync(read);
                if (n == 0) return;
                received.Append(Encoding.ASCII.GetString(read, 0, n));
            }
            await answer(socket);
        });
        try
        {
            return await RawExchange.Send(new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/"), request, patience);
        }
        finally
        {
            listener.Stop();
            // The listener's side ends on its own (the held one when its test lets go); its faults are not the exchange's.
            _ = served.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
    }
}
