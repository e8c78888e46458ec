using GsiPortal.Core.Content;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The edition's books, each built the first time it is asked for and then kept with the edition: nothing is laid out
/// per request, and an edition nobody downloads never pays for them. A new content version is a new edition, so
/// a new set. Each names the site's public origin it was built for (<see cref="BookContents.Online"/>): a configured
/// constant, so one set a process; never a request's Host, which would let any client have a book laid out.
/// </summary>
public sealed class Publications(ContentLibrary library)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Kind, string Origin), Lazy<byte[]>> built = new();

    public byte[] Epub(string? origin) => Kept("epub", origin, o => EpubBook.Build(library, o));

    public byte[] Pdf(BookPaper paper, string? origin) =>
        Kept(paper == BookPaper.Letter ? "letter" : "a4", origin, o => PdfBook.Build(library, paper, o));

    private byte[] Kept(string kind, string? origin, Func<string?, byte[]> build) =>
        built.GetOrAdd((kind, origin ?? ""), key => new Lazy<byte[]>(() => build(key.Origin.Length == 0 ? null : key.Origin))).Value;
}
