using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Web.Hosting;

/// <summary>The fixed edition a request asked for by its address (<c>/editions/{version}/…</c>), for the banner and the cache headers.</summary>
/// <param name="Version">The edition served.</param>
/// <param name="Date">The date it states.</param>
/// <param name="Address">The address within it (<c>/paper/commitments/4</c>).</param>
/// <param name="Current">The edition in service when the request came.</param>
public sealed record FixedEdition(string Version, DateOnly Date, string Address, string Current)
{
    public string DateDisplay => Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static FixedEdition? Of(HttpContext context) => context.Items.TryGetValue(typeof(FixedEdition), out var value) ? value as FixedEdition : null;
}

/// <summary>Why a fixed edition could not be served: the status, and the reason in words, for the editions page or a problem document.</summary>
/// <param name="Status">404, 410 or 503.</param>
/// <param name="Title">The problem's title.</param>
/// <param name="Detail">The reason, in words.</param>
/// <param name="Requested">The edition as the address gave it.</param>
/// <param name="Address">What followed it (<c>/paper/commitments/4</c>, or empty): the same passage in the current text is offered.</param>
/// <param name="Suggested">An edition whose id begins with what was typed, at the same address; null for none.</param>
public sealed record EditionRefusal(int Status, string Title, string Detail, string Requested, string Address = "", string? Suggested = null)
{
    /// <summary>
    /// Said on a short page of its own rather than above the whole list of editions: a refusal for now (503: when to
    /// try again is what the reader needs, not every edition there is) and an address that is no edition id at all.
    /// </summary>
    public bool Short { get; init; }

    public static EditionRefusal? Of(HttpContext context) => context.Items.TryGetValue(typeof(EditionRefusal), out var value) ? value as EditionRefusal : null;
}

/// <summary>
/// Chooses the request's edition at the edge, before routing: <c>/editions/{version}/paper/commitments/4</c> is
/// served as <c>/paper/commitments/4</c> from that edition (the prefix becomes the request's path base), so every page
/// and endpoint answers for earlier editions unchanged, one edition per request. An id issued under the earlier rule
/// redirects (308) to its edition; an unknown one answers 404 naming the editions there are; a removed one 410 with
/// the editors' reason; one whose archive is damaged 503 with what is wrong. None of this touches the current edition.
/// </summary>
public sealed class FixedEditions(RequestDelegate next, ContentStore store, EditionArchiving archiving, GitHistoryImport history)
{
    // An address outside /editions passes straight on, without an async frame (docs/performance.md, seventeenth session):
    // each of the parsers below asks first for that prefix, written so.
    public Task InvokeAsync(HttpContext context, RequestEdition requestEdition) =>
        context.Request.Path.StartsWithSegments(Routes.Editions, StringComparison.Ordinal) ? EditionAsync(context, requestEdition) : next(context);

    private async Task EditionAsync(HttpContext context, RequestEdition requestEdition)
    {
        if (!TryParse(context.Request.Path, out var version, out var rest))
        {
            if (TryParseDay(context.Request.Path, out var day, out var after)) await ByDay(context, day, after);
            else if (TryParseInCapitals(context.Request.Path, out var lower, out var behind))
            {
                // An id copied in capitals (a style that sets URLs in small caps, a reader who typed it) is the same id.
                context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
                context.Response.Headers.Location = EditionAddress.Of(lower, behind) + context.Request.QueryString;
            }
            else if (TryParseNoId(context.Request.Path, out var typed, out var following)) await NoSuchId(context, typed, following);
            else await next(context);
            return;
        }
        if (store.InService is null)
        {
            // At start-up the archive is read with the first edition: wait for both, as any request does (EditionScope).
            using var first = await store.LeaseAsync(context.RequestAborted);
            if (first is null)
            {
                await next(context); // EditionScope answers 503, starting up
                return;
            }
        }
        var catalog = archiving.Catalog;
        var current = store.InService?.Version;
        var lookup = catalog.Lookup(version);
        if (lookup.Kind == EditionLookupKind.Alias)
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = EditionAddress.Of(lookup.Edition!.Id, rest) + context.Request.QueryString;
            return;
        }
        if (lookup.Kind == EditionLookupKind.Removed)
        {
            await Refuse(context, new EditionRefusal(StatusCodes.Status410Gone, "Edition removed", $"Edition {version} was removed by the editors: {lookup.Reason}", version));
            return;
        }
        if (lookup.Kind == EditionLookupKind.Unknown && version != current)
        {
            await Refuse(context, new EditionRefusal(StatusCodes.Status404NotFound, "No such edition", Unknown(catalog, version, current), version, rest));
            return;
        }

        if (IsSearch(rest))
        {
            // Search reads the current texts only (an earlier edition is kept without an index): sent there, not refused,
            // and told so — the redirect left the edition in silence (review 18, D15). The page names the edition the
            // reader searched from (edition=); a program that reads the redirect finds the reason in its body.
            var query = new PathString(rest).StartsWithSegments(Routes.Search) ? context.Request.QueryString.Add(Routes.SearchedFromParameter, version) : context.Request.QueryString;
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = rest + query;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(SearchesCurrent(version));
            return;
        }

        EditionLease? lease = null;
        if (version == current && await store.LeaseAsync(context.RequestAborted) is { } held)
        {
            if (held.Edition.Version == version) lease = held;
            else held.Dispose(); // replaced in between: it is an earlier edition now
        }
        if (lease is null)
        {
            if (lookup.Edition is not { } archived)
            {
                await Refuse(context, Unavailable(version, $"edition {version} is not in the archive yet ({archiving.ArchivingProblem ?? "it was never archived"})"));
                return;
            }
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            wait.CancelAfter(archiving.BuildWait);
            try
            {
                // Counted against the client's own rate too, by its address as the rate limiter counts it.
                var (earlier, problem) = await archiving.Earlier.LeaseAsync(archived, wait.Token, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                if (problem is { Kind: ArchiveProblemKind.Busy })
                {
                    // Not a fault of the archive: the build queue or rate is full. Said, with when to come back.
                    context.Response.Headers.RetryAfter = problem.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await Refuse(context, Unavailable(version, problem.Reason));
                    return;
                }
                if (problem is not null)
                {
                    archiving.Report(problem);
                    await Refuse(context, Unavailable(version, problem.Reason));
                    return;
                }
                lease = earlier;
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                context.Response.Headers.RetryAfter = "10";
                await Refuse(context, Unavailable(version, $"edition {version} is still being prepared; try again in a few seconds"));
                return;
            }
        }

        requestEdition.Hold(lease!);
        var date = lookup.Edition?.Date ?? lease!.Edition.Stamp.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        context.Items[typeof(FixedEdition)] = new FixedEdition(version, date, rest.Length == 0 ? Routes.Home : rest, current ?? version);
        context.Request.PathBase = context.Request.PathBase.Add($"{Routes.Editions}/{version}");
        context.Request.Path = rest.Length == 0 ? Routes.Home : rest;
        await next(context);
    }

    /// <summary>
    /// Why an edition id names nothing here. "There is no edition" only where this copy holds the texts' whole history;
    /// without it, an edition cited before this copy's first is not held here, not unknown — and the editors' own
    /// changelog may name it (a reader's review: /changes named an edition whose address then said it never existed). Nor
    /// does it promise such an edition exists: an id mistyped from a citation reads the same (a later review found "it
    /// is not lost" a false comfort for a typing mistake).
    /// </summary>
    private string Unknown(EditionCatalog catalog, string version, string? current)
    {
        var known = string.Join(", ", catalog.ByDate.Select(e => $"{e.Id} ({e.DateDisplay})"));
        if (known.Length == 0) known = current ?? "";
        var named = store.InService?.Library.Changes.Entries.FirstOrDefault(c => c.MadeIn == version) is { } change
            ? $" The editors' list of changes names it as the edition that first had the change “{change.Headline.TrimEnd('.')}”."
            : "";
        return WithoutHistory(catalog)
            ? $"This copy of the site does not hold an edition {version}.{named} Check the id as it was cited: a mistyped id names no edition. This copy holds only the editions it has served itself, so an edition from before its first may exist and not be held here.{(named.Length > 0 ? " Its words are not served here: the current text is linked below, and the list of changes says what changed since." : "")} The editions it holds are: {known}."
            : $"There is no edition {version}.{named} The editions there are: {known}.";
    }

    /// <summary>Whether this copy holds only the editions it served itself: the texts' history was never read into it.</summary>
    private bool WithoutHistory(EditionCatalog catalog) =>
        !catalog.Editions.Any(e => e.From.StartsWith("git ", StringComparison.Ordinal))
        && history.State.Kind is not (GitHistoryKind.Imported or GitHistoryKind.AlreadyImported);

    /// <summary>Why an edition's search address leads to the current search: the search page and the redirect's body say it.</summary>
    public static string SearchesCurrent(string version) =>
        $"Search reads the current edition only: an earlier edition is kept without a search index (it is built on demand from the archive, for reading), so edition {version} cannot be searched. "
        + $"The results lead to the current texts; put {Routes.Editions}/{version} before a result's address to read that edition's words.";

    private static bool IsSearch(string rest) =>
        new PathString(rest) is var path && (path.StartsWithSegments(Routes.Search) || path.StartsWithSegments(Routes.ApiSearch) || path.StartsWithSegments(Routes.ApiSuggest));

    private static EditionRefusal Unavailable(string version, string reason) =>
        new(StatusCodes.Status503ServiceUnavailable, "Edition unavailable", $"Edition {version} cannot be served now: {reason}. The current edition is not affected.", version) { Short = true };

    /// <summary>
    /// <c>/editions/zzzz/…</c>: a segment that is neither an edition id (12 hex digits) nor a day. A 404 that says so,
    /// with the edition whose id begins with what was typed, where one does (an id cut short in copying), rather than
    /// the site's general "no page" answer.
    /// </summary>
    private async Task NoSuchId(HttpContext context, string typed, string rest)
    {
        if (store.InService is null) using (await store.LeaseAsync(context.RequestAborted)) { }
        var current = store.InService?.Version ?? "";
        var prefix = typed.ToLowerInvariant();
        var begun = prefix.Length == 0 ? [] : archiving.Catalog.ByDate.Where(e => e.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var shown = typed.Length > 40 ? typed[..40] + "…" : typed;
        var detail = $"No edition has the id “{shown}”. An edition's id is 12 hex digits (0–9 and a–f), as the current edition's, {current}."
            + (begun.Count == 1 ? $" The id of the edition of {begun[0].DateDisplay}, {begun[0].Id}, begins with “{prefix}”." : "")
            + (begun.Count > 1 ? $" {begun.Count} editions' ids begin with “{prefix}”: {string.Join(", ", begun.Select(e => $"{e.Id} ({e.DateDisplay})"))}." : "");
        await Refuse(context, new EditionRefusal(StatusCodes.Status404NotFound, "No such edition", detail, typed, rest,
            begun.Count == 1 ? EditionAddress.Of(begun[0].Id, rest) + context.Request.QueryString : null) { Short = true });
    }

    /// <summary>An edition's id written with capital letters (<c>/editions/C9B5D0AE7BC6/…</c>): the id in small letters, and what follows it.</summary>
    public static bool TryParseInCapitals(PathString path, out string version, out string rest)
    {
        version = rest = "";
        if (!path.StartsWithSegments(Routes.Editions, StringComparison.Ordinal, out var remaining) || !remaining.HasValue) return false;
        var value = remaining.Value!;
        var end = value.IndexOf('/', 1);
        var candidate = (end < 0 ? value[1..] : value[1..end]).ToLowerInvariant();
        if (!ContentVersion.IsWellFormed(candidate) || candidate == (end < 0 ? value[1..] : value[1..end])) return false;
        version = candidate;
        rest = end < 0 ? "" : value[end..];
        return true;
    }

    /// <summary><c>/editions/{anything else}</c> and what follows: not an id, a day, nor an address of its own (<c>/editions/compare</c>).</summary>
    public static bool TryParseNoId(PathString path, out string typed, out string rest)
    {
        typed = rest = "";
        if (!path.StartsWithSegments(Routes.Editions, StringComparison.Ordinal, out var remaining) || !remaining.HasValue) return false;
        var value = remaining.Value!;
        var end = value.IndexOf('/', 1);
        var candidate = end < 0 ? value[1..] : value[1..end];
        if (candidate.Length == 0 || ContentVersion.IsWellFormed(candidate) || Routes.EditionsCompare == Routes.Editions + "/" + candidate) return false;
        typed = candidate;
        rest = end < 0 ? "" : value[end..];
        return true;
    }

    /// <summary>
    /// A program gets a problem document (the API, citations, oEmbed, downloads: <see cref="ApiProblems.IsForProgram"/>);
    /// a reader, the editions page with the reason at its top — a browser opening an edition's /cite or /api address too.
    /// </summary>
    private async Task Refuse(HttpContext context, EditionRefusal refusal)
    {
        var rest = context.Request.Path.Value![(Routes.Editions.Length + 1 + refusal.Requested.Length)..];
        context.Items[typeof(EditionRefusal)] = refusal with { Address = rest };
        if (ApiProblems.IsForProgram(context.Request, new PathString(rest.Length == 0 ? "/" : rest)))
        {
            context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.Accept);
            context.Response.Headers.CacheControl = "no-store";
            await Results.Problem(title: refusal.Title, detail: refusal.Detail + (refusal.Suggested is { } suggested ? $" Did you mean {suggested}?" : ""), statusCode: refusal.Status).ExecuteAsync(context);
            return;
        }
        context.Request.Path = Routes.Editions;
        context.Request.QueryString = QueryString.Empty;
        await next(context);
    }

    /// <summary><c>/editions/{12 hex digits}</c> and what follows it (empty, or starting with a slash).</summary>
    /// <summary>
    /// <c>/editions/2026-12-05/paper/commitments/4</c>: the words of the human citations ("GsiPortal edition of December
    /// 5, 2026") as an address. Found (302: a later edition of the same day may yet be archived) to the edition as it
    /// stood at the end of that day; before the first edition, a 404 naming the editions there are.
    /// </summary>
    private async Task ByDay(HttpContext context, DateOnly day, string rest)
    {
        if (store.InService is null) using (await store.LeaseAsync(context.RequestAborted)) { }
        var catalog = archiving.Catalog;
        if (catalog.AsOf(day) is { } edition)
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = EditionAddress.Of(edition.Id, rest) + context.Request.QueryString;
            return;
        }
        var known = string.Join(", ", catalog.ByDate.Select(e => $"{e.Id} ({e.DateDisplay})"));
        var asked = day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var withoutHistory = WithoutHistory(catalog);
        await Refuse(context, new EditionRefusal(StatusCodes.Status404NotFound, withoutHistory ? "No edition of that day held here" : "No edition of that day",
            withoutHistory ? NotHeldBy(catalog, day, asked) : $"No edition had been published by {asked}. The editions there are: {(known.Length > 0 ? known : store.InService?.Version)}.",
            day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A day before the first edition of a copy without the texts' history: that no edition is held here from then, and
    /// the earliest that is — never "no edition had been published", which /changes contradicted by naming editions of
    /// 5 December (review 18, D2). The editors' list of changes names the editions it records from up to that day.
    /// </summary>
    private string NotHeldBy(EditionCatalog catalog, DateOnly day, string asked)
    {
        var earliest = catalog.ByDate.FirstOrDefault();
        var first = earliest is null ? $"the current edition, {store.InService?.Version}" : $"the edition of {earliest.DateDisplay} ({earliest.Id})";
        var named = store.InService?.Library.Changes.Entries.Where(c => c.MadeIn is not null && c.Date <= day).OrderByDescending(c => c.Date)
            .Select(c => $"{c.MadeIn} ({c.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})").Distinct().ToList() ?? [];
        return $"This copy of the site holds no edition from {asked} or before: the earliest it holds is {first}. "
            + "It holds only the editions it has served itself, so an earlier edition may exist and not be held here."
            + (named.Count > 0 ? $" The editors' list of changes names {(named.Count == 1 ? "an edition" : "editions")} of that time: {string.Join(", ", named)}." : "");
    }

    /// <summary>An edition named by its day: <c>/editions/yyyy-MM-dd</c> and what follows.</summary>
    public static bool TryParseDay(PathString path, out DateOnly day, out string rest)
    {
        day = default;
        rest = "";
        if (!path.StartsWithSegments(Routes.Editions, StringComparison.Ordinal, out var remaining) || !remaining.HasValue) return false;
        var value = remaining.Value!;
        var end = value.IndexOf('/', 1);
        var candidate = end < 0 ? value[1..] : value[1..end];
        if (candidate.Length != 10 || !DateOnly.TryParseExact(candidate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day))
            return false;
        rest = end < 0 ? "" : value[end..];
        return !new PathString(rest).StartsWithSegments(Routes.Editions);
    }

    public static bool TryParse(PathString path, out string version, out string rest)
    {
        version = rest = "";
        if (!path.StartsWithSegments(Routes.Editions, StringComparison.Ordinal, out var remaining) || !remaining.HasValue) return false;
        var value = remaining.Value!;
        var end = value.IndexOf('/', 1);
        var candidate = end < 0 ? value[1..] : value[1..end];
        if (!ContentVersion.IsWellFormed(candidate)) return false;
        rest = end < 0 ? "" : value[end..];
        // An edition within an edition is no address.
        if (new PathString(rest).StartsWithSegments(Routes.Editions)) return false;
        version = candidate;
        return true;
    }
}
