/**
 * The one letter component (decision 013): a letter as it is printed, for the print page in the
 * browser and, rendered on the server with react-dom/server, for the PDF, so the two cannot
 * differ. Text only: every value is escaped by React; no HTML from anyone is ever inserted.
 */
import type { ComposedLetter } from "./letter-compose";

export function LetterSheet({ letter, index }: { letter: ComposedLetter; index: number }) {
  const subjectId = `letter-${index}-subject`;
  return (
    <article className="letter-sheet" lang={letter.language === "nb" ? "nb" : "en"} aria-labelledby={subjectId} data-testid="letter-sheet">
      <header className="letter-sheet__head">
        <div className="letter-sheet__address">
          {letter.addressLines.length > 0 ? (
            <>
              {letter.greeting.length > 0 ? <p className="letter-sheet__recipient">{letter.greeting}</p> : null}
              {letter.addressLines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </>
          ) : (
            <p className="letter-sheet__recipient">{letter.greeting}</p>
          )}
        </div>
        <div className="letter-sheet__sender">
          {letter.signature.slice(1).map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>{letter.date}</p>
        </div>
      </header>
      <h2 id={subjectId} className="letter-sheet__subject">
        {letter.subject}
      </h2>
      {letter.facts.length > 0 ? (
        <dl className="letter-sheet__facts">
          {letter.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {letter.paragraphs.map((paragraph, paragraphIndex) => (
        <p key={paragraphIndex} className="letter-sheet__paragraph">
          {paragraph}
        </p>
      ))}
      <p className="letter-sheet__closing">{letter.closing}</p>
      {letter.signature.map((line) => (
        <p key={line} className="letter-sheet__signature">
          {line}
        </p>
      ))}
    </article>
  );
}

/** Every letter of a print run, one sheet (or more) each. */
export function LetterSheets({ letters }: { letters: ComposedLetter[] }) {
  return (
    <div className="letter-sheets">
      {letters.map((letter, index) => (
        <LetterSheet key={index} letter={letter} index={index} />
      ))}
    </div>
  );
}
