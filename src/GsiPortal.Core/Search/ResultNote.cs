using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>Where a result holds a searched word outside its own text.</summary>
public enum MatchedPlace
{
    /// <summary>An item's heading: the editors' label or its reference ("Africa", "III.8").</summary>
    Heading,
    /// <summary>The section heading a commentary paragraph stands under.</summary>
    Section,
    /// <summary>The commentary's author, as its byline names them.</summary>
    Author,
    /// <summary>The commentary's title.</summary>
    Title,
    /// <summary>The author's role, as the byline gives it.</summary>
    Role,
    /// <summary>Where the commentary appeared.</summary>
    Venue,
    /// <summary>The commentary's date.</summary>
    Date,
}

/// <summary>Searched words (as typed) a result holds only outside its text: where, and that place's words with them marked.</summary>
public sealed record MatchedOutside(IReadOnlyList<string> Words, MatchedPlace Place, IReadOnlyList<TextRun> Text);

/// <summary>
/// What a result's snippet cannot show of why it matched, so that every match has a mark or a note. "Khokhar" lists
/// Khokhar's paragraphs, which never write his name: found by the byline (<see cref="Outside"/>). "food security"
/// lists Dong Chunling ¶11, which says "global security" and "food for thought": both words, never side by side,
/// while other results hold the phrase (<see cref="Apart"/>). Both were shown with no word on why (a reader's report).
/// </summary>
/// <param name="Apart">
/// The query's words as typed, when it is two or more plain words and this result holds each in its text but none
/// side by side or nearly (as <see cref="BuiltQuery.Together"/> reads "nearly"); empty otherwise.
/// </param>
/// <param name="Outside">The searched words this result holds only outside its text, by the first place that holds each.</param>
public sealed record ResultNote(IReadOnlyList<string> Apart, IReadOnlyList<MatchedOutside> Outside)
{
    public static readonly ResultNote None = new([], []);

    /// <summary>
    /// The editors' subject terms (content/subject-index.yml) the query named whole, as the editors wrote them: the
    /// result was found by them, or ranked higher for them, and says so ("Indexed under: vaccines") — a term is never
    /// shown as the text's words nor marked in it. Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> IndexedUnder { get; init; } = [];

    /// <summary>
    /// The editors' question (content/reader-questions.yml) the query came nearest, as they wrote it, where it found
    /// the result by meaning or put it first among those: given by the API ("answersQuestion"; the page shows <see cref="AnswersUnder"/> instead) —
    /// never shown as the text's words nor marked in it. Null otherwise.
    /// </summary>
    public string? AnswersQuestion { get; init; }

    /// <summary>
    /// Where <see cref="AnswersQuestion"/> is set, the editors' subject term of the result's unit nearest the query and
    /// that question by their words (<see cref="Subjects.IndexEntry"/>): what the page shows ("Indexed under: maritime
    /// disputes"), since the questions are written as readers type, not as an index reads. Null otherwise.
    /// </summary>
    public string? AnswersUnder { get; init; }

    public bool IsEmpty => Apart.Count == 0 && Outside.Count == 0 && IndexedUnder.Count == 0 && AnswersQuestion is null;
}
