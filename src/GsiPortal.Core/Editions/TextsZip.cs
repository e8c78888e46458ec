using System.IO.Compression;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Editions;

/// <summary>
/// An edition's content files as one ZIP, as kept: the Markdown of every text, the changelog and the glossary, and the
/// antonym list — everything the edition's id hashes, so the files rebuild the same id (<see cref="ContentVersion"/>) —
/// with the search terms, the editors' link judgements, subject index and readers' questions, which the cache version adds and the
/// edition's pages show.
/// Entries carry the edition's date, not the moment of download, so one edition always gives the same bytes.
/// </summary>
public static class TextsZip
{
    public const string MediaType = "application/zip";

    public static byte[] Build(ContentLibrary library)
    {
        var stamp = library.Stamp.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            IEnumerable<(string Name, string Text)> files = [.. library.Sources, .. Curated(Quotes.Antonyms.FileName, library.AntonymsText),
                .. Curated(CrossReferences.LinkJudgements.FileName, library.LinksText), .. Curated(SearchTerms.FileName, library.SearchTermsText),
                .. Curated(Subjects.SubjectIndex.FileName, library.SubjectIndexText), .. Curated(Questions.ReaderQuestions.FileName, library.ReaderQuestionsText)];
            foreach (var (name, text) in files)
            {
                var entry = zip.CreateEntry($"gsiportal-{library.Version}/{name}", CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }
        return bytes.ToArray();
    }

    private static IEnumerable<(string, string)> Curated(string name, string? text) => text is null ? [] : [(name, text)];
}
