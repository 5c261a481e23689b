import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { LocalizedText } from "../../schema/database.js";

export enum Language {
  EN = "en",
  AR = "ar",
}

registerEnumType(Language, {
  name: "Language",
  description: "A language the hub speaks. Text fields resolve in the request's language (Accept-Language).",
  valuesConfig: { EN: { description: "English" }, AR: { description: "Arabic (right-to-left)" } },
});

/** The first of `ar` or `en` in an Accept-Language header, by quality; English when neither is there. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return Language.EN;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { primary: tag!.split("-")[0], quality: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => (entry.primary === "ar" || entry.primary === "en") && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.primary === "ar" ? Language.AR : Language.EN;
}

/** The text in the wanted language, falling back to the other one when it is missing. */
export function localize(text: LocalizedText | null | undefined, language: Language): string | null {
  if (!text) return null;
  const other = language === Language.AR ? text.en : text.ar;
  return text[language] || other || null;
}

@ObjectType({ simpleResolvers: true, description: "A text in both of the hub's languages; at least one is present." })
export class LocalizedTextType {
  @Field(() => String, { nullable: true, description: "English text." })
  en?: string | null;

  @Field(() => String, { nullable: true, description: "Arabic text." })
  ar?: string | null;
}

@InputType("LocalizedTextInput", { description: "A text in English and/or Arabic; at least one of the two." })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true, description: "English text." })
  en?: string | null;

  @Field(() => String, { nullable: true, description: "Arabic text." })
  ar?: string | null;
}
