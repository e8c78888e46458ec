using System.Text.Json;
using System.Text.Json.Serialization;

namespace GsiPortal.Core.Editions.Archive;

/// <summary>
/// An edition's manifest as JSON (camel case, indented), by code generated at compile time. The serializer's reflection
/// built the manifest's contract at the first read of a process, on the archiving thread beside the first edition's
/// build at start-up (a third of that thread's traced time, docs/performance.md); the bytes are the same, as
/// <c>ArchiveJsonTests</c> check against the serializer's reflection with the options the archive used before.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArchivedEdition))]
internal sealed partial class ArchiveJson : JsonSerializerContext
{
    /// <summary>A manifest's bytes.</summary>
    public static byte[] Write(ArchivedEdition edition) => JsonSerializer.SerializeToUtf8Bytes(edition, Default.ArchivedEdition);

    /// <summary>A manifest read back; null for the JSON literal null.</summary>
    public static ArchivedEdition? Read(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, Default.ArchivedEdition);
}
