import { useParams } from 'react-router';

/** The case page (pipeline stepper, timeline, parties, action forms). */
export function CasePage() {
  const { id } = useParams();
  return <div data-case-id={id} />;
}
