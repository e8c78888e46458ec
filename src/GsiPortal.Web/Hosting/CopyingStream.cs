namespace GsiPortal.Web.Hosting;

/// <summary>
/// A response body that passes every write on and keeps a copy of the bytes, up to a limit past which it stops
/// copying and says so (<see cref="Overflowed"/>); what is sent is never held back or changed.
/// </summary>
public sealed class CopyingStream(Stream inner, int limit) : Stream
{
    private readonly MemoryStream copy = new();

    /// <summary>More was written than the limit: the copy is incomplete and must not be used.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>How many bytes were copied.</summary>
    public long CopiedLength => copy.Length;

    public byte[] Copied() => copy.ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (Overflowed) return;
        if (copy.Length + buffer.Length > limit)
        {
            Overflowed = true;
            copy.SetLength(0);
            return;
        }
        copy.Write(buffer);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => copy.Length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) copy.Dispose();
        base.Dispose(disposing);
    }
}
