import { Column } from 'typeorm';

/**
 * A text stored once per API language (`<name>_da`, `<name>_en`), embedded in an entity with
 * `@Column(() => LocalizedText)`. Separate columns keep both languages NOT NULL and searchable.
 */
export class LocalizedText {
  @Column('text')
  da: string;

  @Column('text')
  en: string;
}

export class OptionalLocalizedText {
  @Column('text', { nullable: true })
  da: string | null;

  @Column('text', { nullable: true })
  en: string | null;
}

export class LocalizedList {
  @Column('text', { array: true })
  da: string[];

  @Column('text', { array: true })
  en: string[];
}
