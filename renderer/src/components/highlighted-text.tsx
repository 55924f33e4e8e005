// A text with the parts a search matched in <mark>, built from text nodes only: whatever the text
// holds (HTML, script tags, bidirectional controls) renders as the characters it is, never as markup.
import { highlightParts, type Ranges } from '../../../app/model/portal-search';

export function HighlightedText({ text, ranges }: { readonly text: string; readonly ranges?: Ranges | undefined }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {highlightParts(text, ranges).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
