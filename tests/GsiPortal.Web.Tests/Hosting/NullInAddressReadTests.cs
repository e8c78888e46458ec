using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Threading.Tasks.Sources;
using GsiPortal.Web.Requests;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The connection middleware behind <c>/%00</c>'s reason reads every connection's input for Kestrel, so it must keep the
/// pipe's contract: a read's result is taken once. A pipe's read that completes between <c>ReadAsync</c> and the
/// middleware's look at it (data arriving that instant) was handed on already taken; Kestrel took it again, the pipe
/// refused ("Reading is already in progress") and the connection was dropped without an answer — the raw-socket fuzz
/// test's "status 0", about one connection in 20,000. Here that instant is held still by a read that is pending when
/// returned and complete when looked at.
/// </summary>
public class NullInAddressReadTests
{
    [Fact]
    public async Task AReadThatCompletesAsItIsLookedAtIsTakenOnce()
    {
        var line = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("GET /paper HTTP/1.1\r\nHost: x\r\n\r\n"));
        var pipe = new PipeReadingOnce(line);
        var watched = new NullInAddress.WatchedInput(pipe);

        var read = await watched.ReadAsync();

        Assert.Equal(line.Length, read.Buffer.Length);
        Assert.Equal(1, pipe.ResultsTaken);
        watched.AdvanceTo(read.Buffer.End);
        Assert.Null(watched.NullPath);
    }

    [Fact]
    public async Task ANullInTheRequestLineIsStillNotedWhenTheReadCompletedAtOnce()
    {
        var line = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("GET /%00 HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n"));
        var watched = new NullInAddress.WatchedInput(new PipeReadingOnce(line));

        var read = await watched.ReadAsync();
        // Kestrel consumes the request line, then refuses it.
        watched.AdvanceTo(read.Buffer.GetPosition("GET /%00 HTTP/1.1\r\n".Length));

        Assert.Equal("/%00", watched.NullPath);
        Assert.True(watched.AsksForJson);
    }

    /// <summary>
    /// A reader whose read is backed by a source, as a <see cref="Pipe"/>'s is when nothing is buffered yet: pending when
    /// returned, complete by the time anyone looks, and — like the pipe — refusing a second taking of the same result.
    /// </summary>
    private sealed class PipeReadingOnce(ReadOnlySequence<byte> data) : PipeReader, IValueTaskSource<ReadResult>
    {
        public int ResultsTaken { get; private set; }

        public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) => new(this, 0);

        public ValueTaskSourceStatus GetStatus(short token) => ValueTaskSourceStatus.Succeeded;

        public ReadResult GetResult(short token) =>
            ++ResultsTaken == 1 ? new ReadResult(data, false, false) : throw new InvalidOperationException("Reading is already in progress.");

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) => continuation(state);

        public override bool TryRead(out ReadResult result) => throw new NotSupportedException();

        public override void AdvanceTo(SequencePosition consumed) { }

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) { }

        public override void CancelPendingRead() { }

        public override void Complete(Exception? exception = null) { }
    }
}
