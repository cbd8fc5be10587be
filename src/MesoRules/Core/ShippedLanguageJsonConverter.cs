using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Localization;

namespace MesoRules.Core;

/// <summary>
/// Reads and writes the language a result was written in: exactly the tag of a shipped language (<c>"es"</c>). A result
/// read back names the language its texts are in, so anything else (a regional tag, a language that is not shipped,
/// <see langword="null"/>) is refused rather than read as English under texts of another language.
/// </summary>
internal sealed class ShippedLanguageJsonConverter : JsonConverter<PatientLanguage>
{
    public override PatientLanguage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PatientLanguage.FindExact(reader.GetString()!) is { } language
            ? language
            : throw new ContractJsonException(null, $"The value must be the tag of a shipped language: {string.Join(", ", PatientLanguage.Shipped.Select(l => l.Tag))}");

    public override void Write(Utf8JsonWriter writer, PatientLanguage value, JsonSerializerOptions options) => writer.WriteStringValue(value.Tag);
}
