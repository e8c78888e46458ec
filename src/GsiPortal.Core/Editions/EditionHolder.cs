namespace GsiPortal.Core.Editions;

/// <summary>
/// The edition in service, swapped whole when the content changes. Readers take a lease for as long as they use
/// it; the edition a swap retires is released when its last lease ends, never under a reader's feet.
/// </summary>
public sealed class EditionHolder : IDisposable
{
    private Edition? current;

    /// <summary>The edition in service, or null before the first is ready. For a look, not a hold: use <see cref="TryLease"/> to read it.</summary>
    public Edition? Current => Volatile.Read(ref current);

    /// <summary>A hold on the edition in service, or null when there is none yet.</summary>
    public EditionLease? TryLease()
    {
        while (Volatile.Read(ref current) is { } edition)
        {
            if (edition.TryAcquire()) return new EditionLease(edition);
            // Retired between the read and the hold: read again, the new one is in place.
        }
        return null;
    }

    /// <summary>Puts an edition in service; the one it replaces is released once its readers are done.</summary>
    public void Put(Edition edition) => Interlocked.Exchange(ref current, edition)?.Release();

    /// <summary>Puts the first edition in service unless another got there first; false (and the edition released) if so.</summary>
    public bool PutFirst(Edition edition)
    {
        if (Interlocked.CompareExchange(ref current, edition, null) is null) return true;
        edition.Release();
        return false;
    }

    public void Dispose() => Interlocked.Exchange(ref current, null)?.Release();
}

/// <summary>A reader's hold on one edition; ending it (once) lets the edition be released when retired.</summary>
public sealed class EditionLease(Edition edition) : IDisposable
{
    private int ended;

    public Edition Edition { get; } = edition;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref ended, 1) == 0) Edition.Release();
    }
}
