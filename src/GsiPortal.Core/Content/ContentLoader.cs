using GsiPortal.Core.Addresses;
using GsiPortal.Core.Glossary;
using System.Text.RegularExpressions;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Subjects;
using GsiPortal.Core.Questions;

namespace GsiPortal.Core.Content;

/// <summary>
/// Reads every <c>*.md</c> file of the content folder once (and <c>search-terms.yml</c>, the curated words search
/// knows, <c>subject-index.yml</c>, the editors' subject index, and <c>reader-questions.yml</c>, the readers' questions they wrote), checks the whole library, and builds the model.
/// A library with any problem is refused whole, so a site never serves half of its texts.
/// </summary>
public static partial class ContentLoader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <summary>Reads and checks the folder; each file within <paramref name="limits"/> (by default <see cref="ContentLimits.Default"/>).</summary>
    public static ContentLoadResult Load(string directory, ContentLimits? limits = null)
    {
        var (files, problems) = ContentFiles.Read(directory, limits);
        if (files is null) return new ContentLoadResult(null, problems);
        var unreadable = problems.Count;
        var (terms, termsProblem) = ContentFiles.ReadSearchTerms(directory, limits);
        if (termsProblem is not null) problems = [.. problems, termsProblem];
        var (antonyms, antonymsProblem) = ContentFiles.ReadCurated(directory, Quotes.Antonyms.FileName, limits);
        if (antonymsProblem is not null) problems = [.. problems, antonymsProblem];
        var (links, linksProblem) = ContentFiles.ReadCurated(directory, CrossReferences.LinkJudgements.FileName, limits);
        if (linksProblem is not null) problems = [.. problems, linksProblem];
        // The subject index is an aid to search: a file that cannot be read is a warning, and the texts are served without it.
        var (subjects, subjectsProblem) = ContentFiles.ReadCurated(directory, SubjectIndex.FileName, limits);
        // So are the readers' questions.
        var (questions, questionsProblem) = ContentFiles.ReadCurated(directory, ReaderQuestions.FileName, limits);
        var result = Load(files, directory, terms, unreadable, antonyms, links, subjects: subjects, subjectsUnread: subjectsProblem,
            questions: questions, questionsUnread: questionsProblem);
        return problems.Count == 0 ? result : new ContentLoadResult(null, [.. problems, .. result.Errors]);
    }

    /// <summary>
    /// Builds a library from files already read (name, Markdown), as the folder would give them; <paramref name="folder"/>
    /// names the library in messages; <paramref name="searchTerms"/> is the text of search-terms.yml, if any, and
    /// <paramref name="antonyms"/> that of antonyms.yml, <paramref name="links"/> that of links.yml (the editors' link judgements),
    /// <paramref name="subjects"/> that of subject-index.yml (the editors' subject index, whose problems are warnings),
    /// <paramref name="questions"/> that of reader-questions.yml (the readers' questions, whose problems are warnings too).
    /// </summary>
    public static ContentLoadResult Load(IReadOnlyList<(string Name, string Markdown)> files, string folder = "content", string? searchTerms = null, string? antonyms = null, string? links = null, string? subjects = null,
        string? questions = null) =>
        Load(files, folder, searchTerms, unreadable: 0, antonyms, links, history: false, subjects: subjects, questions: questions);

    /// <summary>
    /// Reads an archived edition as history: it must be served as it was, so the problems that only make today's
    /// editors fix their content (advisory ones, such as a <c>[sic]</c> word its text lacks) are its
    /// <see cref="ContentLoadResult.Warnings"/>, not a refusal; so is a link judgement (<paramref name="links"/>, the
    /// links.yml it was served with) that today's reader cannot place, which is left out. A library that cannot be
    /// built at all is still refused. <paramref name="antonyms"/> is the edition's own list (part of its id); an
    /// edition archived before the list was part of an edition has none, and is checked with
    /// <paramref name="checkWithout"/> (today's list) instead.
    /// </summary>
    public static ContentLoadResult LoadHistory(IReadOnlyList<(string Name, string Markdown)> files, string folder, string? searchTerms = null, string? antonyms = null, string? checkWithout = null, string? links = null) =>
        Load(files, folder, searchTerms, unreadable: 0, antonyms, links, history: true, checkWithout);

    /// <summary>As above, with the count of files that could not be read at all (a pipe, a file over the limit): any of them may be the paper.</summary>
    private static ContentLoadResult Load(IReadOnlyList<(string Name, string Markdown)> files, string folder, string? searchTerms, int unreadable, string? antonyms, string? links, bool history = false, string? checkWithout = null,
        string? subjects = null, ContentError? subjectsUnread = null, string? questions = null, ContentError? questionsUnread = null)
    {
        var errors = new List<ContentError>();
        var documents = new List<Document>();
        string? changes = null;
        (string Name, string Markdown)? glossary = null;
        foreach (var (name, markdown) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // The changelog is part of the content (and of its version) but is not a text.
            if (name == ChangeLogReader.FileName) changes = markdown;
            // The editors' glossary is no document: it is read once the paper is, since its entries point into it.
            else if (name == GlossaryReader.FileName) glossary = (name, markdown);
            else if (DocumentParser.Parse(name, markdown, errors) is { } document) documents.Add(document);
        }

        var terms = SearchTermsReader.Read(searchTerms, errors);
        // The antonyms are part of the edition (ContentVersion): a verdict names its edition, and a re-check of it must
        // use the list it was checked with. An edition archived before that rule has none and is checked with today's.
        var checkedWith = antonyms ?? checkWithout;
        var opposites = AntonymsReader.Read(checkedWith, errors);

        CheckIds(documents, errors);
        var papers = documents.OfType<Paper>().ToList();
        // A file that failed to parse may be the paper: its own problems say why, "no paper" would only add noise.
        var unread = unreadable + files.Count - documents.Count - (changes is null ? 0 : 1) - (glossary is null ? 0 : 1);
        if (papers.Count > 1 || (papers.Count == 0 && unread == 0))
            errors.Add(new ContentError(folder, 0, papers.Count == 0 ? "no document of kind 'paper'" : $"{papers.Count} documents of kind 'paper'; there must be one: {string.Join(", ", papers.Select(p => p.FileName))}"));

        // Without a changelog the edition states its version alone; with one, every entry must be sound. While a text
        // cannot be read its id is unknown, and "changes.md names the text 'paper'" would only hide the real problem.
        var log = changes is null ? ChangeLog.Empty : ChangeLogReader.Read(changes, unread == 0 ? documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal) : null, errors);
        List<ContentError> warnings = [];
        if (history)
        {
            warnings = errors.Where(e => e.Advisory).ToList();
            errors.RemoveAll(e => e.Advisory);
        }
        if (errors.Count > 0 || unreadable > 0) return new ContentLoadResult(null, [.. errors, .. warnings]);
        var identity = ContentVersion.Of(files, searchTerms, antonyms, links, subjects, questions);
        var library = new ContentLibrary(papers[0], documents.OfType<Commentary>(), identity.Edition, log, terms)
        {
            Antonyms = opposites,
            AntonymsText = checkedWith,
            CacheVersion = identity.Cache,
            // Shared with the other editions in memory where a file reads the same (Text/TextPool).
            Sources = files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => (f.Name, Text.TextPool.Share(f.Markdown))).ToList(),
            SearchTermsText = searchTerms,
            LinksText = links,
            SubjectIndexText = subjects,
            ReaderQuestionsText = questions,
        };
        if (glossary is { } g)
        {
            var entries = GlossaryReader.Read(g.Markdown, g.Name, errors);
            GlossaryReader.Check(entries, library.Addresses, g.Name, errors);
            if (errors.Count > 0) return new ContentLoadResult(null, errors);
            library.Glossary = entries;
        }
        // The editors' link judgements point into the texts, so they are checked once the library stands. In history
        // the edition is served as it was: a judgement that cannot be placed is a warning, and the rest still stand.
        var judgements = LinkJudgementsReader.Read(links, library, history ? warnings : errors);
        if (errors.Count > 0) return new ContentLoadResult(null, errors);
        library.LinkJudgements = judgements;
        // The editors' subject index names search units, so it is checked once the library stands; its problems are
        // warnings that leave out their entry, never a refusal (Subjects/SubjectIndexReader).
        if (subjectsUnread is not null) warnings.Add(subjectsUnread with { Message = $"{subjectsUnread.Message}; search runs without the subject index" });
        var unitIds = subjects is null && questions is null ? null : Search.SearchUnits.From(library).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        if (subjects is not null)
            library.Subjects = SubjectIndexReader.Read(subjects, unitIds!, warnings);
        // The readers' questions name search units too, and are read the same way (Questions/ReaderQuestionsReader).
        if (questionsUnread is not null) warnings.Add(questionsUnread with { Message = $"{questionsUnread.Message}; search runs without the readers' questions" });
        if (questions is not null)
            library.Questions = ReaderQuestionsReader.Read(questions, unitIds!, warnings);
        return new ContentLoadResult(library, errors) { Warnings = warnings };
    }

    private static void CheckIds(List<Document> documents, List<ContentError> errors)
    {
        var seen = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!Slug().IsMatch(document.Id))
                errors.Add(new ContentError(document.FileName, document.Meta.LineOf("id"), $"id '{document.Id}' must be lower-case letters, digits and single hyphens"));
            else if (!seen.TryAdd(document.Id, document))
                errors.Add(new ContentError(document.FileName, document.Meta.LineOf("id"), $"duplicate id '{document.Id}': {seen[document.Id].FileName} has it too"));
        }
    }
}
