using System.Text.Json;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>
/// The archive's manifests are written and read by generated code, byte for byte as the serializer's reflection wrote
/// and read them with the options the archive used before: manifests already on disk read the same, and new ones are
/// what an older process writing into the same folder would write.
/// </summary>
public class ArchiveJsonTests
{
    /// <summary>The archive's options before the generated code, read by reflection.</summary>
    private static readonly JsonSerializerOptions Reflection = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static TheoryData<ArchivedEdition> Editions => new()
    {
        new ArchivedEdition("0123456789abcdef", new DateOnly(2026, 12, 6), new DateTimeOffset(2026, 12, 6, 10, 28, 0, TimeSpan.Zero), "content",
            new SortedDictionary<string, string>(StringComparer.Ordinal) { ["chen-dongxiao.md"] = new string('a', 64), ["paper.md"] = new string('b', 64) },
            new string('c', 64), ["sic-marks-dong-17", "first"], new string('d', 64), new string('e', 64), ArchivedEdition.CurrentFormat),
        // An edition archived before the search terms, antonyms, judgements and the format were kept, from git.
        new ArchivedEdition("fedcba9876543210", new DateOnly(2023, 2, 21), new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.FromHours(8)), "git 1a2b3c4 «quoted» & <tagged>",
            new Dictionary<string, string>(), null, []),
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void AManifestIsWrittenAsTheReflectionWroteIt(ArchivedEdition edition) =>
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(edition, Reflection), ArchiveJson.Write(edition));

    [Theory]
    [MemberData(nameof(Editions))]
    public void AManifestIsReadAsTheReflectionReadIt(ArchivedEdition edition)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(edition, Reflection);
        var before = JsonSerializer.Deserialize<ArchivedEdition>(bytes, Reflection)!;
        var now = ArchiveJson.Read(bytes)!;
        Assert.Equal(JsonSerializer.Serialize(before, Reflection), JsonSerializer.Serialize(now, Reflection));
        Assert.Equal(edition.Files.OrderBy(f => f.Key, StringComparer.Ordinal), now.Files.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(edition.Changes, now.Changes);
    }

    [Fact]
    public void AManifestNotAnEditionsIsRefusedAsBefore()
    {
        // A property of the wrong kind: the reflection threw JsonException, which the archive reports as corrupt.
        var broken = """{"id": 3, "date": "2026-12-06"}"""u8.ToArray();
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ArchivedEdition>(broken, Reflection));
        Assert.Throws<JsonException>(() => ArchiveJson.Read(broken));
    }
}
