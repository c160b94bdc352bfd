import { type FrameworkContent, type ItemStatus, itemStatuses, type Locale } from '@derde-bron/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat, formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { FieldChange } from '../api/get-roadmap.ts';

/** The item fields the server records in the history, in the order of the form. */
export const itemFields = ['status', 'notApplicableReason', 'ownerMembershipId', 'dueDate', 'notes'] as const;

const isItemStatus = (value: string): value is ItemStatus =>
  (itemStatuses as readonly string[]).includes(value);
/** What else the history shows: a decision, evidence or a goal added, a goal reviewed. */
const entryFields = ['decision', 'evidence', 'goal', 'goalReviewed'] as const;
const isItemField = (value: string): value is (typeof itemFields)[number] | (typeof entryFields)[number] =>
  (itemFields as readonly string[]).includes(value) || (entryFields as readonly string[]).includes(value);

/** A long text shortened for a table cell, on a word boundary where possible. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type ChangeContext = {
  t: TFunction;
  locale: Locale;
  /** The name of a member who owned an item, if known to this reader. */
  ownerName: (membershipId: string) => string | undefined;
};

export type ChangeInWords = { field: string; from: string; to: string };

/**
 * One recorded change in words: the field's name, and the old and new value as a reader would say
 * them (a status in words, an owner by name, a date as a date, long notes shortened).
 */
export function describeChange(change: FieldChange, { t, locale, ownerName }: ChangeContext): ChangeInWords {
  const field = isItemField(change.field) ? t(`roadmap.fields.${change.field}`) : change.field;
  const value = (raw: string | null): string => {
    if (raw === null || raw.trim() === '') return t('roadmap.history.empty');
    if (change.field === 'status') return isItemStatus(raw) ? t(`roadmap.status.${raw}`) : raw;
    if (change.field === 'ownerMembershipId') return ownerName(raw) ?? t('roadmap.history.formerOwner');
    if (change.field === 'dueDate') return formatDay(raw, locale);
    return shorten(raw);
  };
  return { field, from: value(change.from), to: value(change.to) };
}

/** How saved changes read in the current language: a sentence per changed field, and when. */
export function useChangeWords(ownerName: ChangeContext['ownerName']) {
  const { t } = useTranslation();
  const locale = useLocale();
  return {
    describe: (change: FieldChange) =>
      t('roadmap.history.change', describeChange(change, { t, locale, ownerName })),
    time: dateTimeFormat(locale),
  };
}

/** "1.2 Titel" for every item of a framework version, by item key; "Stap 1 Titel" by step key (goals). */
export function itemLabels(content: FrameworkContent, locale: Locale): Map<string, string> {
  return new Map([
    ...content.steps.map((step) => [step.key, `${step.number} ${step.title[locale]}`] as const),
    ...content.steps.flatMap((step) =>
      step.items.map((item) => [item.key, `${step.number}.${item.number} ${item.title[locale]}`] as const),
    ),
  ]);
}
