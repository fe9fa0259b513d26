import { Icon, type IconProps } from "./icon";

export const HomeIcon = (props: IconProps) => <Icon name="home" {...props} />;
export const BellIcon = (props: IconProps) => <Icon name="bell" {...props} />;
export const MailIcon = (props: IconProps) => <Icon name="mail" {...props} />;
export const UserIcon = (props: IconProps) => <Icon name="user" {...props} />;
export const MoreIcon = (props: IconProps) => <Icon name="more" {...props} />;
export const SearchIcon = (props: IconProps) => <Icon name="search" {...props} />;
