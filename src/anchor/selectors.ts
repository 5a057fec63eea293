// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), as stored with each note.

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface NoteSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}
