using System.Text;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>The verdict on one quotation an article makes.</summary>
public enum AuditVerdict
{
    /// <summary>Word for word, whole sentences.</summary>
    Exact,
    /// <summary>Word for word, but beginning or ending inside a sentence of the source.</summary>
    ExactCutMidSentence,
    /// <summary>Close to a passage but with words added, left out or changed (see the differences and any change of meaning).</summary>
    Altered,
    /// <summary>Not a quotation of any text: in the texts' vocabulary but in none of them, or resembling none of them at all.</summary>
    NotInTexts,
    /// <summary>Words of two places joined as one quotation.</summary>
    Joined,
}

/// <summary>
/// One quotation of an article with its verdict and, unless not in the texts, the passage it matches best; when it is
/// word for word only in commentaries, the paper's closest passage too (<see cref="QuoteCheckResult.PaperClosest"/>).
/// </summary>
public sealed record AuditedQuotation(Quotation Quotation, int Words, AuditVerdict Verdict, QuoteMatch? Match, QuoteMatch? PaperClosest = null)
{
    /// <summary>The whole check (the joined parts, the headline's facts); null only for rows built by hand.</summary>
    public QuoteCheckResult? Check { get; init; }

    /// <summary>True when the quotation resembles none of the texts (fewer than half its content words in any one paragraph).</summary>
    public bool ResemblesNone { get; init; }

    /// <summary>
    /// The commentator whose commentary the quotation is word for word in, where the article's paragraph names them: a
    /// true quotation of its named source, not one of the paper's words misattributed (review 21, D5a: "Dong Chunling
    /// wrote that the GSI “represents a Chinese solution to … challenges”" was red, under "Only in a commentary … the
    /// Concept Paper does not say it word for word", as a made-up quotation is). Null otherwise.
    /// </summary>
    public string? AttributedTo { get; init; }
}

/// <summary>
/// The audit of an article: every quotation of at least <see cref="QuoteAudit.MinWords"/> words, verdicted — those
/// resembling none of the texts too, each in its own row (issue 23: a made-up quotation was only counted); how many
/// of them resemble none; how many were passed over (shorter, or longer than the checker takes); whether the article
/// quoted more than one audit checks (<see cref="QuoteAudit.MaxQuotations"/>, <see cref="QuoteAudit.MaxCheckedCharacters"/>).
/// </summary>
public sealed record QuoteAuditResult(IReadOnlyList<AuditedQuotation> Quotations, int Unrelated, int Skipped, bool Truncated)
{
    /// <summary>Every quotation passed over (<see cref="Skipped"/> of them), in the article's order: a reader must see them to check them alone.</summary>
    public IReadOnlyList<SkippedQuotation> Passed { get; init; } = [];
}

/// <summary>Why the audit passed a quotation over.</summary>
public enum SkipReason
{
    /// <summary>Under <see cref="QuoteAudit.MinWords"/> words but checkable alone (<see cref="QuoteChecker.MinWords"/> or more).</summary>
    Short,
    /// <summary>Under <see cref="QuoteChecker.MinWords"/> words: too few for any check to mean something.</summary>
    TooFewWords,
    /// <summary>Longer than one check takes (<see cref="QuoteChecker.MaxLength"/> characters).</summary>
    TooLong,
    /// <summary>Opened by a quotation mark never closed: where the quotation ends is unknown (review 19, D2: it was passed over without a word).</summary>
    Unclosed,
}

/// <summary>
/// A quotation the audit did not check, with why. A fresh-eyes review found a made-up four-word quotation counted
/// only as "skipped": 2, listed nowhere; each is now listed, with the single check to run on it.
/// </summary>
public sealed record SkippedQuotation(Quotation Quotation, int Words, SkipReason Reason)
{
    /// <summary>True when the single quote check takes it as it is.</summary>
    public bool Checkable => Reason == SkipReason.Short;
}

/// <summary>An article the audit refuses, with a reason; <see cref="TooLarge"/> when it is over the size limit.</summary>
public sealed class InvalidArticleException(string message, bool tooLarge) : Exception(message)
{
    public bool TooLarge { get; } = tooLarge;
}

/// <summary>
/// Quote audit: every passage an article quotes (see <see cref="QuotationFinder"/>) of eight words or more is checked
/// against the texts and verdicted: exact, exact but cut mid-sentence, altered, joined from two places, or not a
/// quotation of any text — the last also for quotations resembling none of the texts (fewer than half their distinct
/// content words in any one paragraph), which are counted apart as well.
/// </summary>
public sealed class QuoteAudit(QuoteChecker checker)
{
    /// <summary>The largest article taken, in UTF-8 bytes.</summary>
    public const int MaxArticleBytes = 100 * 1024;
    public const int MinWords = 8;
    /// <summary>A quotation sharing less than this share of its content words with every paragraph is about something else.</summary>
    public const double MinResemblance = 0.5;
    /// <summary>Quotations checked per article; an article quoting more is checked this far and says so.</summary>
    public const int MaxQuotations = 200;
    /// <summary>
    /// Characters of quotation checked per article: each is aligned with up to a dozen paragraphs (and, since the
    /// joined-quotation check of issue #23, with each part of a join), so 23 KB of long quotations cost over a second
    /// of CPU (issue #21). 12,000 characters kept the worst audit near half a second on 5 December 2026; on the
    /// sixteenth session's fresh machine it cost 1.3–1.8 s, and the bound was lowered to 5,000. The seventeenth session
    /// found why (the aligner allocated eight n × m matrices for every paragraph it aligned, 30 MB a long quotation) and
    /// cut a long quotation's check about threefold, every answer the same: 12,000 characters, about 2,000 words, four
    /// quotations of the longest a quote check takes, again (docs/reliability.md). Beyond this the audit stops and says so.
    /// </summary>
    public const int MaxCheckedCharacters = 12_000;

    /// <summary>
    /// Audits an article, or refuses it with a reason. <paramref name="cancellation"/> is checked between quotations, so
    /// the work stops soon after the client has gone or the request's time budget is spent.
    /// </summary>
    public QuoteAuditResult Audit(string? article, CancellationToken cancellation = default)
    {
        var text = article ?? "";
        if (text.Trim().Length == 0) throw new InvalidArticleException("Paste the article to audit.", tooLarge: false);
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > MaxArticleBytes) throw new InvalidArticleException($"The article is {bytes:N0} bytes long; the audit takes at most {MaxArticleBytes:N0} ({MaxArticleBytes / 1024} KB). Audit it in parts.", tooLarge: true);

        var audited = new List<AuditedQuotation>();
        var passed = new List<SkippedQuotation>();
        int unrelated = 0, checkedCount = 0, checkedCharacters = 0;
        var truncated = false;
        foreach (var quotation in QuotationFinder.Find(text, cancellation))
        {
            cancellation.ThrowIfCancellationRequested();
            var quote = new QuotedText(quotation.Text);
            if (quotation.Form == QuotationForm.Unclosed)
            {
                passed.Add(new SkippedQuotation(quotation, quote.Words.Count, SkipReason.Unclosed));
                continue;
            }
            if (quote.Words.Count < MinWords || quote.Text.Length > QuoteChecker.MaxLength)
            {
                passed.Add(new SkippedQuotation(quotation, quote.Words.Count,
                    quote.Text.Length > QuoteChecker.MaxLength ? SkipReason.TooLong : quote.Words.Count < QuoteChecker.MinWords ? SkipReason.TooFewWords : SkipReason.Short));
                continue;
            }
            checkedCharacters += quote.Text.Length;
            if (++checkedCount > MaxQuotations || checkedCharacters > MaxCheckedCharacters) { truncated = true; break; }
            var result = checker.Check(quote, cancellation);
            var best = result.Matches.FirstOrDefault();
            var resemblesNone = best is null && result.Title is null && result.Resemblance < MinResemblance;
            if (resemblesNone) unrelated++;
            var verdict = result.Verdict switch
            {
                QuoteVerdict.Exact => best!.CutMidSentence ? AuditVerdict.ExactCutMidSentence : AuditVerdict.Exact,
                QuoteVerdict.Close => AuditVerdict.Altered,
                QuoteVerdict.Joined => AuditVerdict.Joined,
                QuoteVerdict.NotFound when result.Title is { Exact: true } => AuditVerdict.Exact,
                _ => AuditVerdict.NotInTexts,
            };
            // Word for word in a commentary whose author the article names beside it: quoted from its source, and the
            // paper's closest passage is no warning to give.
            var attributed = verdict is AuditVerdict.Exact or AuditVerdict.ExactCutMidSentence && best?.Paragraph.Document is Content.Commentary commentary
                && NamesAuthor(quotation.InParagraph, commentary) ? commentary.Author : null;
            audited.Add(new AuditedQuotation(quotation, quote.Words.Count, verdict, best, attributed is null ? result.PaperClosest : null)
                { Check = result, ResemblesNone = resemblesNone, AttributedTo = attributed });
        }
        return new QuoteAuditResult(audited, unrelated, passed.Count, truncated) { Passed = passed };
    }

    /// <summary>The paragraph names the commentator: their family name as a word of its own, capitalised as written ("Dong", "Khokhar").</summary>
    internal static bool NamesAuthor(string paragraph, Content.Commentary commentary)
    {
        var family = commentary.Meta.AuthorFamily is { Length: > 0 } f ? f : commentary.Author.Split(' ')[^1];
        for (var at = paragraph.IndexOf(family, StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf(family, at + 1, StringComparison.Ordinal))
        {
            var end = at + family.Length;
            if ((at == 0 || !char.IsLetter(paragraph[at - 1])) && (end == paragraph.Length || !char.IsLetter(paragraph[end]))) return true;
        }
        return false;
    }
}
