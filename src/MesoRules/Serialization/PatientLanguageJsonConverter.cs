using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Core;
using MesoRules.Localization;

namespace MesoRules.Serialization;

/// <summary>
/// Writes a <see cref="PatientLanguage"/> as its tag (<c>"es"</c>) and reads a BCP 47 language tag as
/// <see cref="PatientLanguage.Resolve(string)"/> does (<c>"es-MX"</c> is Spanish, a language that is not shipped is
/// English); a value that is not a well-formed tag is refused.
/// </summary>
internal sealed class PatientLanguageJsonConverter : JsonConverter<PatientLanguage>
{
    private const string NotATag = "The value must be a BCP 47 language tag such as \"en\", \"es\", \"es-MX\", \"pt-BR\", \"fr\" or \"it\"";

    public override PatientLanguage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PatientLanguage.TryParse(reader.GetString()!, out PatientLanguage? language)
            ? language
            : throw new ContractJsonException(null, NotATag);

    public override void Write(Utf8JsonWriter writer, PatientLanguage value, JsonSerializerOptions options) => writer.WriteStringValue(value.Tag);
}
