#ifndef TOLK_ICU_H
#define TOLK_ICU_H
// A small C surface over the system ICU. It deliberately exposes no ICU types: ICU's own headers
// clash with the ICU that Foundation bundles when both are visible to Swift.
// Every function writes NUL-terminated UTF-8 into `out` and returns the number of bytes written
// (without the NUL), or -1 on failure (unknown locale, buffer too small, ICU error).
#include <stdint.h>

/// The CLDR plural categories for cardinal numbers in `locale`, space-separated in CLDR order
/// ("zero one two few many other"), e.g. "one few many other" for "pl".
int32_t tolk_plural_categories(const char *locale, char *out, int32_t capacity);

/// The cardinal plural category ("one", "few", ...) that `number` selects in `locale`.
int32_t tolk_plural_select(const char *locale, double number, char *out, int32_t capacity);

/// The one whole number that selects the cardinal category `keyword` in `locale` (2 for "two" in
/// "ar", 1 for "one" in "en"), or -1 when the category holds several numbers or none ("one" in
/// "ru" is 1, 21, 31 ...; "one" in "fr" is 0 and 1). Counts in Tolk are whole numbers, so only
/// whole numbers are tried: 0 to 1000 and a few large ones.
int64_t tolk_plural_single_integer(const char *locale, const char *keyword);

/// The name of the ICU numbering system `locale` formats numbers with ("arab" for "ar", "arabext"
/// for "fa" and "ur@numbers=arabext", "latn" for "pl").
int32_t tolk_numbering_system(const char *locale, char *out, int32_t capacity);

/// The ISO 15924 code of the script of a code point: "Latn", "Arab", "Zyyy" (common), "Zinh".
int32_t tolk_script_of(uint32_t codepoint, char *out, int32_t capacity);

/// The ICU script code (UScriptCode) of a code point, or -1; cheap, for counting scripts in bulk.
int32_t tolk_script_code(uint32_t codepoint);

/// The ISO 15924 short name of an ICU script code ("Arab").
int32_t tolk_script_name(int32_t code, char *out, int32_t capacity);

/// The likely script of a language tag ("ur" -> "Arab", "pl" -> "Latn"), from CLDR likely subtags.
int32_t tolk_likely_script(const char *locale, char *out, int32_t capacity);

/// The name of `locale` in `display_locale` ("ur" in "ur" -> "اردو"); empty if ICU does not know it.
int32_t tolk_display_name(const char *locale, const char *display_locale, char *out, int32_t capacity);

/// 1 if ICU has data for the language of `locale` (its language subtag is known), else 0.
int32_t tolk_language_is_known(const char *locale);

/// The decimal digit value of a code point in any script (U+0662 and U+06F2 give 2), or -1.
int32_t tolk_digit_value(uint32_t codepoint);

/// `number` formatted for `locale` with its default numbering system (digits) and grouping.
int32_t tolk_format_integer(const char *locale, int64_t number, char *out, int32_t capacity);

/// Sentence boundaries of `text` (`length` bytes of UTF-8) by ICU's sentence break iterator for
/// `locale`: byte offsets into `text`, the first 0 and the last `length`. Writes at most
/// `capacity` offsets to `out`; returns how many it found (more than `capacity` when `out` was
/// too small: call again with that many), or -1 on an ICU error.
int32_t tolk_sentence_breaks(const char *locale, const char *text, int32_t length, int32_t *out, int32_t capacity);

/// The words of `text` (`length` bytes of UTF-8) by ICU's word break iterator for `locale`: the
/// segments whose rule status is a word of letters, kana or ideographs (kind 1) or a number
/// (kind 2), not spaces or punctuation. Writes triples (start byte, end byte, kind) to `out`,
/// at most `capacity` ints; returns the number of words found (which may exceed `capacity / 3`:
/// call again with room for that many), or -1 on an ICU error.
int32_t tolk_words(const char *locale, const char *text, int32_t length, int32_t *out, int32_t capacity);

#endif
